import type { Command } from 'commander'
import type { MatrixAxis } from '../../shared/api'
import { MATRIX_AXES } from '../../shared/api/matrix-axes'
import { matrixCsv, relationsCsv } from '../../shared/analysis/analysis-csv'
import { call, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'
import { addFilterOptions, analysisFilterFromFlags, type FilterFlags } from '../view-filter'
import { formatTable } from '../format-table'

const ROW_AXES = MATRIX_AXES.filter((a) => a !== 'relation')

function axisFlag(flag: string, v: string, allowed: readonly MatrixAxis[]): MatrixAxis {
  if (!(allowed as readonly string[]).includes(v))
    throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${v}"`)
  return v as MatrixAxis
}

function output(
  g: GlobalOptions,
  csv: boolean | undefined,
  json: unknown,
  asCsv: () => string,
  table: () => string
) {
  if (csv && g.json) throw new CliError('give --json or --csv, not both')
  process.stdout.write(g.json ? JSON.stringify(json, null, 2) + '\n' : csv ? asCsv() : table() + '\n')
}

const short = (text: string, max = 60) => (text.length > max ? text.slice(0, max - 1) + '…' : text)

export function registerAnalysisCommands(program: Command, g: () => GlobalOptions): void {
  addFilterOptions(
    program
      .command('matrix')
      .description('count statements by themes, speakers or documents (the Analysis view’s matrix)')
      .requiredOption('--rows <axis>', `what the rows are: ${ROW_AXES.join(', ')}`)
      .requiredOption('--cols <axis>', `what the columns are: ${MATRIX_AXES.join(', ')}`)
      .option('--count <what>', 'statements (default) or codings')
      .option('--csv', 'print CSV')
  ).action((o: FilterFlags & { rows: string; cols: string; count?: string; csv?: boolean }) =>
    withApi(g(), 'read', async (api) => {
      const rows = axisFlag('rows', o.rows, ROW_AXES)
      const cols = axisFlag('cols', o.cols, MATRIX_AXES)
      if (o.count !== undefined && o.count !== 'statements' && o.count !== 'codings')
        throw new CliError(`--count must be statements or codings, not "${o.count}"`)
      const filter = await analysisFilterFromFlags(api, o)
      const m = await call(api, 'analysis.matrix', {
        rows,
        cols,
        count: o.count as 'statements' | undefined,
        filter
      })
      const corner = `${rows} \\ ${cols}`
      output(
        g(),
        o.csv,
        m,
        () => matrixCsv(m, corner),
        () =>
          m.rows.length && m.cols.length
            ? formatTable(
                [corner.toUpperCase(), ...m.cols.map((c) => short(c.label, 24)), 'TOTAL'],
                [
                  ...m.rows.map((r, i) => [
                    `${'· '.repeat(r.depth)}${r.label}`,
                    ...m.cells[i]!,
                    m.rowTotals[i]!
                  ]),
                  ['TOTAL', ...m.colTotals, m.total]
                ]
              ) + `\n(${m.count}; a total counts each ${m.count === 'codings' ? 'coding' : 'statement'} once)`
            : 'Nothing to count: no statement matches (tag statements with themes, or widen the filter).'
      )
    })
  )

  addFilterOptions(
    program
      .command('relations')
      .description(
        'list cross-references (from, relation, to), same-claim ones grouped into clusters; --relation keeps that relation'
      )
      .option('--csv', 'print CSV')
  ).action((o: FilterFlags & { csv?: boolean }) =>
    withApi(g(), 'read', async (api) => {
      const { relation, ...filter } = await analysisFilterFromFlags(api, o)
      const r = await call(api, 'analysis.relations', { relation, filter })
      const who = (e: { speakerName: string | null }) => e.speakerName ?? '—'
      output(
        g(),
        o.csv,
        r,
        () => relationsCsv(r),
        () =>
          r.rows.length
            ? formatTable(
                ['CLUSTER', 'FROM', 'SPEAKER', 'RELATION', 'TO', 'SPEAKER', 'NOTE'],
                r.rows.map((x) => [
                  x.cluster,
                  short(x.from.text),
                  who(x.from),
                  x.relation,
                  short(x.to.text),
                  who(x.to),
                  x.note
                ])
              )
            : 'No cross-references match (link statements with: dossier link FROM TO --relation R).'
      )
    })
  )
}
