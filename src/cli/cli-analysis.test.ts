import { beforeAll, describe, expect, it } from 'vitest'
import { cliWorkspace } from './testing/cli-workspace'

const { run, ok } = cliWorkspace('dossier-cli-analysis-')
let ids: string[]

beforeAll(async () => {
  await ok('init')
  ids = (JSON.parse(await ok('--json', 'statements')) as { id: string }[]).map((s) => s.id)
  // 0: Nuclear signalling (a sub-theme of Escalation risk); 1: Nuclear signalling + Alliance unity;
  // 2: Escalation risk + Alliance unity. Links: 0 contradicts 3; 1 same-claim 4; 4 same-claim 5.
  await ok('tag', ids[0]!, 'Nuclear signalling')
  await ok('tag', ids[1]!, 'Nuclear signalling', 'Alliance unity')
  await ok('tag', ids[2]!, 'Escalation risk', 'Alliance unity')
  await ok('link', ids[0]!, ids[3]!, '--relation', 'contradicts')
  await ok('link', ids[1]!, ids[4]!, '--relation', 'same-claim')
  await ok('link', ids[4]!, ids[5]!, '--relation', 'same-claim')
}, 180_000)

describe('dossier matrix and relations', { timeout: 120_000 }, () => {
  it('matrix counts a parent theme with its sub-theme once, as a table, JSON and CSV', async () => {
    const m = JSON.parse(await ok('--json', 'matrix', '--rows', 'themes', '--cols', 'themes'))
    const at = (r: string, c: string) =>
      m.cells[m.rows.findIndex((x: { label: string }) => x.label === r)][
        m.cols.findIndex((x: { label: string }) => x.label === c)
      ]
    expect(at('Escalation risk', 'Escalation risk')).toBe(3)
    expect(at('Nuclear signalling', 'Alliance unity')).toBe(1)
    expect(at('Escalation risk', 'Alliance unity')).toBe(2)
    expect(m.total).toBe(3)

    const table = await ok('matrix', '--rows', 'themes', '--cols', 'documents')
    expect(table).toMatch(/^Escalation risk\s+3\s+3$/m)
    expect(table).toMatch(/^· Nuclear signalling\s+2\s+2$/m)
    expect(table).toMatch(/^TOTAL\s+3\s+3$/m)

    const csv = await ok('matrix', '--rows', 'speakers', '--cols', 'relation', '--csv', '--speaker', 'none')
    expect(csv.split('\r\n')).toEqual([
      'speakers \\ relation,supports,contradicts,elaborates,responds-to,same-claim,Total',
      '(no speaker),0,2,0,0,2,4',
      'Total,0,2,0,0,2,4',
      ''
    ])
  })

  it('relations lists links with same-claim clusters, narrowed by relation and theme', async () => {
    const all = JSON.parse(await ok('--json', 'relations'))
    expect(
      all.rows.map((r: { relation: string; cluster: number | null }) => [r.relation, r.cluster])
    ).toEqual([
      ['contradicts', null],
      ['same-claim', 1],
      ['same-claim', 1]
    ])
    const contra = await ok('relations', '--relation', 'contradicts', '--csv')
    expect(contra.trim().split('\r\n')).toHaveLength(2)
    const byTheme = JSON.parse(await ok('--json', 'relations', '--theme', 'Alliance unity'))
    expect(byTheme.rows.map((r: { from: { id: string } }) => r.from.id)).toEqual([ids[1]])
  })

  it('reads a saved view with --view, a flag replacing its field, the same numbers as the flags alone', async () => {
    await ok('views', 'save', 'Alliance', '--theme', 'Alliance unity')
    const viaView = JSON.parse(
      await ok('--json', 'matrix', '--rows', 'themes', '--cols', 'documents', '--view', 'alliance')
    )
    const viaFlags = JSON.parse(
      await ok('--json', 'matrix', '--rows', 'themes', '--cols', 'documents', '--theme', 'Alliance unity')
    )
    expect(viaView.total).toBe(2)
    expect(viaView.cells).toEqual(viaFlags.cells)
    const replaced = JSON.parse(
      await ok(
        '--json',
        'matrix',
        '--rows',
        'themes',
        '--cols',
        'documents',
        '--view',
        'Alliance',
        '--theme',
        'Nuclear signalling'
      )
    )
    expect(replaced.total).toBe(2)
    const rel = JSON.parse(await ok('--json', 'relations', '--view', 'Alliance'))
    expect(rel.rows.map((r: { from: { id: string } }) => r.from.id)).toEqual([ids[1]])
    const unknown = await run('matrix', '--rows', 'themes', '--cols', 'documents', '--view', 'Nope')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^dossier: no saved view "Nope" \(saved views: "Alliance"\)/)
  })

  it('refuses unknown names and bad flags with one line and exit 2', async () => {
    const theme = await run('matrix', '--rows', 'themes', '--cols', 'speakers', '--theme', 'Nope')
    expect(theme.code).toBe(2)
    expect(theme.stderr).toMatch(/^dossier: no theme "Nope" \(themes: "Escalation risk"/)
    const speaker = await run('relations', '--speaker', 'Nobody at all')
    expect([speaker.code, speaker.stderr]).toEqual([
      2,
      'dossier: no speaker "Nobody at all" (see: dossier speakers)\n'
    ])
    const axis = await run('matrix', '--rows', 'relation', '--cols', 'themes')
    expect([axis.code, axis.stderr]).toEqual([
      2,
      'dossier: --rows must be one of themes, speakers, documents, not "relation"\n'
    ])
    const day = await run('matrix', '--rows', 'themes', '--cols', 'documents', '--from', 'May 1')
    expect(day.code).toBe(2)
    expect(day.stderr).toMatch(/--from must be a day like 2024-05-30/)
  })
})
