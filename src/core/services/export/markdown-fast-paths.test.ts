import fc from 'fast-check'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { openCore } from '../../open-core'
import type { ExportResult } from '../../../shared/api'
import { parseSnapshot } from './export-json'
import type * as Stringify from './stringify-markdown'
import { makeStatementsSnapshot, makeTestSnapshot } from './testing/test-snapshot'

type Writers = typeof import('./index')

/** The export writers as shipped, and again with stringifyMarkdown being mdast-util-to-markdown as it is. */
const fast: Writers = await import('./index')
vi.resetModules()
vi.doMock('./stringify-markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof Stringify>()
  return {
    ...actual,
    stringifyMarkdown: (tree: Root, options: Stringify.StringifyMarkdownOptions = {}) =>
      unified().use(remarkGfm).use(remarkStringify, actual.markdownSettings(options)).stringify(tree)
  }
})
const plain: Writers = await import('./index')

async function expectSameMarkdown(snapshot: WorkspaceSnapshot): Promise<void> {
  const themeId = snapshot.themes[0]?.id
  for (const scope of [{}, ...(themeId ? [{ themeId }] : [])])
    for (const format of ['markdown', 'obsidian'] as const) {
      const got = await fast.runExportInSlices(format, snapshot, { scope })
      const want = await plain.runExport(format, snapshot, { scope })
      expect(got.files).toEqual(want.files)
    }
}

describe('the Markdown writers with and without the serialiser’s fast paths', () => {
  let dir = ''
  let seeded: WorkspaceSnapshot
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-md-fast-'))
    const core = await openCore(join(dir, 'ws'), { create: 'seeded' })
    const api = (op: string, input: unknown) => core.dispatch(op, input)
    // The starter codebook codes nothing yet: code some statements, so the report quotes them.
    const themes = (await api('themes.list', {})) as { id: string }[]
    const { items } = (await api('statements.list', { limit: 40 })) as { items: { id: string }[] }
    await api('statements.tag', { statementIds: items.map((s) => s.id), themeIds: [themes[0]!.id] })
    const json = (await api('export.run', { format: 'json' })) as ExportResult
    seeded = parseSnapshot(json.files[0]!.text!)
    await core.close()
  }, 120_000)
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('write the same bytes for the seeded workspace and the test workspace', async () => {
    expect(seeded.documents[0]!.statements.length).toBeGreaterThan(40)
    await expectSameMarkdown(seeded)
    await expectSameMarkdown(makeTestSnapshot())
  })

  it('write the same bytes whatever the statements, speaker, theme and title say', async () => {
    const unit = fc.constantFrom(...'aZ9 .,:!?-+*_`~#>[]()<&@\\|="\'%^$\n\té“—😀'.split(''), 'www.', '1. ')
    const str = fc.string({ unit, minLength: 1, maxLength: 30 })
    await fc.assert(
      fc.asyncProperty(
        fc.array(str, { minLength: 1, maxLength: 6 }),
        str,
        str,
        async (texts, name, title) => {
          await expectSameMarkdown(makeStatementsSnapshot(texts, { theme: name, speaker: name, title }))
        }
      ),
      { numRuns: 150 }
    )
  })
})
