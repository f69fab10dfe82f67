import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliWorkspace } from './testing/cli-workspace'

const { root, run, json } = cliWorkspace('dossier-cli-codings-')

describe('dossier CLI and the one coding model', { timeout: 120_000 }, () => {
  it('a highlight with a theme codes its statement in statements --theme, search --theme and --rows codings', async () => {
    expect((await run('init')).code).toBe(0)
    const [, s] = (await json('statements')) as { id: string; text: string }[]
    const quote = s!.text.slice(0, 15)
    expect(
      (await run('annotate', s!.id, '--note', 'Why', '--quote', quote, '--theme', 'Alliance unity')).code
    ).toBe(0)

    const coded = await json('statements', '--theme', 'Alliance unity')
    expect(coded.map((r: { id: string }) => r.id)).toEqual([s!.id])
    expect(coded[0].themes).toEqual([])
    const { current } = await json('coder')
    expect(coded[0].codings).toEqual([
      {
        theme: 'Alliance unity',
        how: 'span',
        annotationId: expect.any(String),
        quote,
        by: [{ coder: current.name, at: expect.any(String) }]
      }
    ])

    const hits = await json('search', s!.text.split(' ').slice(0, 3).join(' '), '--theme', 'Alliance unity')
    // The statement, and the highlight itself (its quote is indexed with its note).
    expect(hits.map((h: { kind: string; statementId: string }) => [h.kind, h.statementId]).sort()).toEqual([
      ['annotation', s!.id],
      ['statement', s!.id]
    ])

    const out = join(root(), 'codings.csv')
    expect((await run('export', '--format', 'csv', '--rows', 'codings', '--out', out)).code).toBe(0)
    const lines = (await readFile(out, 'utf8')).slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('statement id,theme,how,quote,annotation id,document,coder,coded at')
    expect(lines).toHaveLength(2)
    expect(lines[1]!.startsWith(`${s!.id},Alliance unity,span,${quote},`)).toBe(true)
    expect(lines[1]).toMatch(new RegExp(`,${current.name},\\d{4}-\\d{2}-\\d{2}T[^,]+$`))

    const bad = await run('export', '--format', 'csv', '--rows', 'themes', '--out', join(root(), 'x.csv'))
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toBe(
      'dossier: --rows must be statements, annotations or codings (got "themes")'
    )
  })
})
