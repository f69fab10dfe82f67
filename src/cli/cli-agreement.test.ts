import { describe, expect, it } from 'vitest'
import { coreClient } from '../core/core-client'
import { openCore } from '../core/open-core'
import { cliWorkspace } from './testing/cli-workspace'

const { ws, run, ok, json } = cliWorkspace('dossier-cli-agreement-')

/** The textbook table (both 20, Ann only 5, Bob only 10, neither 15) coded in a workspace through the API. */
async function codeTextbookTable(): Promise<void> {
  const core = await openCore(ws(), { create: 'empty' })
  try {
    const api = coreClient(core)
    const text = Array.from({ length: 50 }, (_, i) => `Claim number ${i + 1} is stated here.`).join('\n\n')
    await api['import.file']({ fileName: 'claims.txt', base64: Buffer.from(text).toString('base64') })
    const [doc] = await api['documents.list']({})
    const ids = (await api['documents.get']({ id: doc!.id })).statements.map((s) => s.id)
    const risk = await api['themes.create']({ name: 'Risk' })
    await api['coders.setCurrent']({ name: 'Ann' })
    await api['statements.tag']({ statementIds: ids.slice(0, 25), themeIds: [risk.id] })
    await api['coders.setCurrent']({ name: 'Bob' })
    await api['statements.tag']({
      statementIds: [...ids.slice(0, 20), ...ids.slice(25, 35)],
      themeIds: [risk.id]
    })
  } finally {
    await core.close()
  }
}

describe('dossier agreement', { timeout: 180_000 }, () => {
  it('prints percent agreement, Cohen’s κ = 0.40, Fleiss’ κ and α per theme and overall, as a table, JSON or CSV', async () => {
    await codeTextbookTable()
    expect(await ok('agreement', '--coders', 'ann,Bob')).toBe(
      [
        "THEME    UNITS  AGREEMENT  COHEN'S κ  FLEISS' κ  KRIPPENDORFF'S α",
        '-------  -----  ---------  ---------  ---------  ----------------',
        'Risk     50     70.0 %     0.400      0.394      0.400',
        'Overall  50     70.0 %     0.400      0.394      0.400',
        ''
      ].join('\n')
    )
    const r = await json('agreement', '--coders', 'Ann,Bob', '--theme', 'Risk')
    expect(r.themes).toHaveLength(1)
    for (const row of [r.themes[0], r.overall]) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['theme', 'units', 'percentAgreement', 'kappa', 'fleissKappa', 'alpha'])
      )
      expect(row.kappa).toBeCloseTo(0.4, 10)
      expect(row.percentAgreement).toBeCloseTo(70, 10)
    }
    expect(r.overall.theme).toBe('Overall')
    const csv = await ok('agreement', '--coders', 'Ann,Bob', '--csv')
    expect(csv.split('\r\n')[0]).toBe('theme,units,percentAgreement,kappa,fleissKappa,alpha')
    expect(csv.split('\r\n')[1]).toMatch(/^Risk,50,70,0\.(39999|4)/)
  })

  it('refuses a single coder, an unknown one, a bad level and --json with --csv, each in one line', async () => {
    for (const [args, message] of [
      [['--coders', 'Ann'], 'dossier: --coders needs two or more coders, separated by commas'],
      [['--coders', 'Ann,Zed'], 'dossier: no coder "Zed" (coders: '],
      [['--coders', 'Ann,ann'], 'dossier: --coders names a coder twice'],
      [['--coders', 'Ann,Bob', '--level', 'word'], 'dossier: --level must be statement or span, not "word"'],
      [['--coders', 'Ann,Bob', '--csv', '--json'], 'dossier: give --json or --csv, not both']
    ] as const) {
      const r = await run('agreement', ...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr.startsWith(message), r.stderr).toBe(true)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
    }
  })
})
