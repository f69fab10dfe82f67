import type { Command } from 'commander'
import type { AgreementRow, Api, CodersView } from '../../shared/api'
import { agreementCsv } from '../../shared/analysis/analysis-csv'
import { call, findTheme, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'
import { formatTable } from '../format-table'

/** The coders named in --coders (names, case aside, or ids), each once, in that order. */
function findCoders(view: CodersView, names: string): string[] {
  const refs = names
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '')
  if (refs.length < 2) throw new CliError('--coders needs two or more coders, separated by commas')
  const ids = refs.map((ref) => {
    const c =
      view.coders.find((x) => x.id === ref) ??
      view.coders.find((x) => x.name.toLocaleLowerCase() === ref.toLocaleLowerCase())
    if (!c)
      throw new CliError(`no coder "${ref}" (coders: ${view.coders.map((x) => `"${x.name}"`).join(', ')})`)
    return c.id
  })
  if (new Set(ids).size !== ids.length) throw new CliError('--coders names a coder twice')
  return ids
}

const fixed = (v: number | null, digits: number, suffix = '') =>
  v === null ? '—' : `${v.toFixed(digits)}${suffix}`

function table(rows: AgreementRow[]): string {
  const lines = formatTable(
    ['THEME', 'UNITS', 'AGREEMENT', "COHEN'S κ", "FLEISS' κ", "KRIPPENDORFF'S α"],
    rows.map((r) => [
      r.theme,
      r.units,
      fixed(r.percentAgreement, 1, ' %'),
      fixed(r.kappa, 3),
      fixed(r.fleissKappa, 3),
      fixed(r.alpha, 3)
    ])
  )
  const reasons = [...new Set(rows.flatMap((r) => Object.values(r.undefinedBecause)))]
  return [lines, ...reasons.map((why) => `— no value: ${why}`)].join('\n')
}

async function themeId(api: Api, name: string | undefined): Promise<string | undefined> {
  return name === undefined ? undefined : findTheme(await call(api, 'themes.list', {}), name).id
}

/** `dossier agreement --coders A,B`: inter-coder agreement per theme and overall (the numbers of the issue's view). */
export function registerAgreementCommand(program: Command, g: () => GlobalOptions): void {
  program
    .command('agreement')
    .description(
      'agreement between coders, per theme and overall: percent, Cohen’s and Fleiss’ κ, Krippendorff’s α'
    )
    .requiredOption('--coders <names>', 'two or more coders, separated by commas (see: dossier coder)')
    .option('--theme <name>', 'only this theme and its sub-themes')
    .option('--level <level>', 'statement (default): units are statements; span: characters, by overlap')
    .option('--csv', 'print CSV')
    .action((o: { coders: string; theme?: string; level?: string; csv?: boolean }) =>
      withApi(g(), 'read', async (api) => {
        if (o.csv && g().json) throw new CliError('give --json or --csv, not both')
        if (o.level !== undefined && o.level !== 'statement' && o.level !== 'span')
          throw new CliError(`--level must be statement or span, not "${o.level}"`)
        const coderIds = findCoders(await call(api, 'coders.list', {}), o.coders)
        const r = await call(api, 'analysis.agreement', {
          coderIds,
          themeId: await themeId(api, o.theme),
          level: o.level as 'statement' | 'span' | undefined
        })
        if (g().json) process.stdout.write(JSON.stringify(r, null, 2) + '\n')
        else if (o.csv) process.stdout.write(agreementCsv(r))
        else if (r.themes.length === 0)
          process.stdout.write(
            `Nothing to compare: ${r.coders.map((c) => c.name).join(' and ')} have not coded the same documents.\n`
          )
        else process.stdout.write(table([...r.themes, r.overall]) + '\n')
      })
    )
}
