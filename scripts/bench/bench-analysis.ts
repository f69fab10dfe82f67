// `node --expose-gc --import tsx scripts/bench/bench-analysis.ts [--docs 1000]`: only the analysis entries of the
// core bench (matrix, relations), on the generated corpus; prints the table.
import { pathToFileURL } from 'node:url'
import type { CoreService } from '../../src/core/core-service'
import type { MatrixAxis, MatrixInput, RelationsInput } from '../../src/shared/api'
import { RELATIONS, type Speaker, type Statement, type Theme } from '../../src/shared/domain'
import { openCore } from '../../src/core/open-core'
import { allStatements } from './bench-queries'
import { defaultCorpusDir, ensureCorpus } from './make-corpus'
import { under, type Measurement, type Report } from './measurement'
import { reportTable } from './report-table'
import { collectGarbage, summarize, timed } from './stats'
import { workCopy } from './work-copy'

/** More distinct inputs than the analysis cache holds, so every call in the cycle computes afresh. */
function matrixInputs(): MatrixInput[] {
  const axes: MatrixAxis[] = ['themes', 'speakers', 'documents']
  const out: MatrixInput[] = []
  for (const rows of axes)
    for (const cols of [...axes, 'relation' as const])
      if (rows !== cols || rows === 'themes')
        for (const count of ['statements', 'codings'] as const) out.push({ rows, cols, count })
  return out
}

/** Baseline: one pass over every statement, counting its own themes by document (no sub-themes, no highlights). */
function scanThemesByDocument(statements: readonly Statement[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  for (const s of statements)
    for (const t of s.themeIds) {
      let m = out.get(t)
      if (!m) out.set(t, (m = new Map()))
      m.set(s.documentId, (m.get(s.documentId) ?? 0) + 1)
    }
  return out
}

/** analysis.matrix for every pair of axes, statements and codings, uncached; budget 200 ms p95. */
export async function benchMatrix(
  core: CoreService,
  statements: readonly Statement[],
  reps: number
): Promise<Measurement> {
  const inputs = matrixInputs()
  const t: number[] = []
  const byKind = new Map<string, number[]>()
  // Untimed: the reading-order index a fresh workspace builds on its first positional query.
  await core.dispatch('analysis.matrix', {
    rows: 'themes',
    cols: 'documents',
    filter: { from: '0001-01-01' }
  })
  collectGarbage()
  for (let r = 0; r < reps; r++)
    for (const input of inputs) {
      const ms = await timed(() => core.dispatch('analysis.matrix', input))
      t.push(ms)
      const key = `${input.rows}×${input.cols} ${input.count}`
      byKind.set(key, [...(byKind.get(key) ?? []), ms])
    }
  const base: number[] = []
  collectGarbage()
  for (let r = 0; r < reps * inputs.length; r++)
    base.push(await timed(() => scanThemesByDocument(statements)))
  const p50s = [...byKind].map(([k, v]) => [k, summarize(v).p50] as const).sort((a, b) => b[1] - a[1])
  const worst = p50s
    .slice(0, 3)
    .map(([k, ms]) => `${k} ${Math.round(ms)} ms`)
    .join(', ')
  return under(
    {
      what: `analysis.matrix, ${inputs.length} kinds (every pair of axes × statements/codings) × ${reps}, uncached; slowest by p50: ${worst}`,
      unit: 'ms',
      ...summarize(t),
      baseline: {
        what: 'one pass over every statement counting its own themes by document',
        ...summarize(base)
      }
    },
    200
  )
}

/** analysis.relations: every link, by relation, and narrowed by a theme or a speaker, uncached; budget 200 ms p95. */
export async function benchRelations(core: CoreService, reps: number): Promise<Measurement> {
  const themes = (await core.dispatch('themes.list', {})) as Theme[]
  const speakers = (await core.dispatch('speakers.list', {})) as Speaker[]
  const filters = [{}, { themeIds: [themes[0]!.id] }, { speakerIds: [speakers[0]!.id] }]
  const inputs: RelationsInput[] = []
  for (const filter of filters)
    for (const relation of [undefined, ...RELATIONS])
      inputs.push(relation ? { relation, filter } : { filter })
  const t: number[] = []
  await core.dispatch('analysis.relations', { filter: { from: '0001-01-01' } })
  collectGarbage()
  let rows = 0
  for (let r = 0; r < reps; r++)
    for (const input of inputs)
      t.push(
        await timed(async () => {
          rows += ((await core.dispatch('analysis.relations', input)) as { rows: unknown[] }).rows.length
        })
      )
  if (rows === 0) throw new Error('the relations benchmark listed no link')
  const links = (await core.dispatch('workspace.stats', {})) as { links: number }
  const base: number[] = []
  collectGarbage()
  for (let r = 0; r < reps * inputs.length; r++)
    base.push(
      await timed(async () => {
        const all = (await core.dispatch('links.list', {})) as { id: string }[]
        return all.length
      })
    )
  return under(
    {
      what: `analysis.relations over ${links.links.toLocaleString('en-US')} links, ${inputs.length} filters × ${reps}, uncached`,
      unit: 'ms',
      ...summarize(t),
      baseline: { what: 'links.list of every link (with both statements)', ...summarize(base) }
    },
    200
  )
}

export async function benchAnalysis(
  core: CoreService,
  statements: readonly Statement[],
  reps: number
): Promise<Report> {
  return {
    'analysis.matrix': await benchMatrix(core, statements, reps),
    'analysis.relations': await benchRelations(core, reps)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--docs')
  const docs = i >= 0 ? Number(process.argv[i + 1]) : 1000
  const dir = defaultCorpusDir(docs)
  await ensureCorpus({ docs, out: dir, onProgress: (m) => process.stderr.write(`  ${m}\n`) })
  const copy = await workCopy(dir, `${docs}-analysis`)
  try {
    const core = await openCore(copy.dir)
    try {
      process.stderr.write(reportTable(await benchAnalysis(core, await allStatements(core), 5)) + '\n')
    } finally {
      await core.close()
    }
  } finally {
    await copy.remove()
  }
}
