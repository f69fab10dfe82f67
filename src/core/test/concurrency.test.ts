import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { type Api } from '../../shared/api'
import { openCore } from '../open-core'
import { runDossier } from '../testing/run-dossier'
import { coreClient } from '../core-client'

let dir: string
let statementIds: string[]

async function tagsOf(api: Api): Promise<Map<string, string[]>> {
  const themes = new Map((await api['themes.list']({})).map((t) => [t.id, t.name]))
  const { items } = await api['statements.list']({ limit: 100_000 })
  return new Map(items.map((s) => [s.id, s.themeIds.map((id) => themes.get(id)!)]))
}

beforeEach(async () => {
  dir = join(await testFolder('dossier-concurrency-'), 'ws')
  const core = await openCore(dir, { create: 'seeded' })
  statementIds = (await coreClient(core)['statements.list']({ limit: 6 })).items.map((s) => s.id)
  await core.close()
})

describe('one workspace, the app and CLI writers', () => {
  it(
    'while the app holds it: CLI writers are refused naming the holder, reads work, nothing is lost',
    { timeout: 90_000 },
    async () => {
      const app = await openCore(dir)
      const api = coreClient(app)
      await api['statements.tag']({
        statementIds: [statementIds[0]!],
        themeIds: [(await api['themes.list']({}))[0]!.id]
      })
      const [tag, theme, read] = await Promise.all([
        runDossier(['-w', dir, 'tag', statementIds[1]!, 'Alliance unity']),
        runDossier(['-w', dir, 'theme', 'add', 'Added by the CLI']),
        runDossier(['-w', dir, '--json', 'statements'])
      ])
      for (const writer of [tag, theme]) {
        expect(writer.code, writer.stderr).toBe(2)
        expect(writer.stderr).toMatch(
          /^dossier: workspace .* is in use by ".*" \(pid \d+ .*on host .*, since .*\)\n$/
        )
        expect(writer.stderr).toContain(`pid ${process.pid}`)
      }
      expect(read.code, read.stderr).toBe(0)
      const rows = JSON.parse(read.stdout) as { id: string; themes: string[] }[]
      expect(rows.find((r) => r.id === statementIds[0])?.themes, 'the CLI reads what the app saved').toEqual([
        'Escalation risk'
      ])
      // The app goes on writing; everything it acknowledged is there after it closes.
      await api['notes.create']({ title: 'Written by the app' })
      await app.close()
      const after = await openCore(dir, { readOnly: true })
      const tags = await tagsOf(coreClient(after))
      expect(tags.get(statementIds[0]!)).toEqual(['Escalation risk'])
      expect(tags.get(statementIds[1]!), 'the refused CLI write changed nothing').toEqual([])
      expect((await coreClient(after)['themes.list']({})).map((t) => t.name)).not.toContain(
        'Added by the CLI'
      )
      expect((await coreClient(after)['notes.list']({})).map((n) => n.title)).toEqual(['Written by the app'])
      await after.close()
    }
  )

  it(
    'two CLI writers racing, no app: each succeeds or is refused cleanly; every success is kept',
    { timeout: 90_000 },
    async () => {
      const themes = ['Escalation risk', 'Alliance unity']
      const writes = [0, 1].map((i) => ({ statementId: statementIds[i]!, theme: themes[i]! }))
      const runs = await Promise.all(
        writes.map((w) => runDossier(['-w', dir, 'tag', w.statementId, w.theme]))
      )
      const core = await openCore(dir, { readOnly: true })
      const tags = await tagsOf(coreClient(core))
      await core.close()
      runs.forEach((run, i) => {
        const { statementId, theme } = writes[i]!
        if (run.code === 0) {
          expect(run.stdout).toContain(`Tagged ${statementId}`)
          expect(tags.get(statementId), `${statementId} was tagged, then lost`).toEqual([theme])
        } else {
          expect(run.code, run.stderr).toBe(2)
          expect(run.stderr).toMatch(/^dossier: workspace .* is in use by ".*dossier.*tag/)
          expect(tags.get(statementId)).toEqual([])
        }
      })
      expect(
        runs.some((r) => r.code === 0),
        'at least one writer got the lock'
      ).toBe(true)
    }
  )
})
