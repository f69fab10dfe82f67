import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { coreClient } from '../core-client'
import { openCore } from '../open-core'

const FIXTURE = fileURLToPath(new URL('../../../test-fixtures/v1-workspace', import.meta.url))
const DOC = 'documents/speech-1.json'

interface DocFile {
  statements: { id: string; themeIds: string[] }[]
  annotations: { id: string; start: number; end: number; themeIds: string[] }[]
}
const meaning = (f: DocFile) => ({
  statements: f.statements.map((s) => [s.id, s.themeIds]),
  annotations: f.annotations.map((a) => [a.id, a.start, a.end, a.themeIds])
})

/**
 * The schema 1 fixture: speech-1.0 is coded `spending` as a whole and `defence` through the highlight ann-1;
 * speech-1.1 is coded `deterrence` as a whole; `spending` and `deterrence` are children of `defence`. By hand,
 * `defence` with its sub-themes codes both statements as a whole, and speech-1.0 through a highlight too.
 */
describe('a schema 1 workspace with highlights tagged with themes', () => {
  it('opens with its files meaning the same, and its span codings retrievable', async () => {
    const ws = join(await testFolder('dossier-coding-'), 'ws')
    await cp(FIXTURE, ws, { recursive: true })
    const before = JSON.parse(await readFile(join(ws, DOC), 'utf8')) as DocFile

    const core = await openCore(ws, { validateOutput: true })
    try {
      const api = coreClient(core)
      const after = JSON.parse(await readFile(join(ws, DOC), 'utf8')) as DocFile
      expect(meaning(after)).toEqual(meaning(before))

      const row = (await api['statements.get']({ id: 'speech-1.0' })).statement
      expect(row.themeIds).toEqual(['spending'])
      const coder = (await api['coders.list']({})).current!
      const by = (at: string) => [{ coderId: coder.id, coderName: coder.name, at }]
      expect(row.codings).toEqual([
        { themeId: 'spending', how: 'statement', by: by('2025-06-01T09:05:00.000Z') },
        {
          themeId: 'defence',
          how: 'span',
          annotationId: 'ann-1',
          quote: 'Allies must invest more in defence.',
          by: by('2025-06-02T11:00:00.000Z')
        }
      ])
      const ids = async (themeId: string, coding?: 'span' | 'statement') =>
        (await api['statements.list']({ themeId, coding, limit: 10 })).items.map((s) => s.id)
      expect(await ids('defence')).toEqual(['speech-1.0', 'speech-1.1'])
      expect(await ids('defence', 'span')).toEqual(['speech-1.0'])
      expect(await ids('defence', 'statement')).toEqual(['speech-1.0', 'speech-1.1']) // spending, deterrence
      expect(await ids('spending', 'span')).toEqual([])
      expect(await ids('ukraine')).toEqual([])
      const stats = (await api['workspace.stats']({})).themes
      expect(stats['defence']).toEqual({ statements: 0, annotations: 1, total: 2 })
      expect(stats['spending']).toEqual({ statements: 1, annotations: 0, total: 1 })
    } finally {
      await core.close()
    }
  })
})
