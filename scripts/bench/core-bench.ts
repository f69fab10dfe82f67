import { openCore } from '../../src/core/open-core'
import { benchOpen, readAndParseAll } from './bench-open'
import { changeMeasurements, sampleChanges, scaleMeasurements } from './bench-changes'
import { benchAnalysis } from './bench-analysis'
import { benchAnalysisGraph } from './bench-analysis-graph'
import { benchMemory } from './bench-memory'
import { allStatements, benchFilter, benchSearch } from './bench-queries'
import { benchExportStalls } from './bench-export-stalls'
import { benchExport, benchImport } from './bench-transfer'
import { defaultCorpusDir, ensureCorpus, type CorpusManifest } from './make-corpus'
import { under, type Report } from './measurement'
import { collectGarbage, timed } from './stats'
import { workCopy } from './work-copy'

export interface CoreBenchOptions {
  docs: number
  corpus?: string
  /** Workspace size multiple for the change-cost scaling check; 0 skips it. */
  scale: number
  /** Where the larger corpus is (default bench-out/corpus-<docs × scale>). */
  scaleCorpus?: string
  /** Size of the imported article (default 1 MB). */
  importBytes?: number
  /** Repetitions: opens, change rounds, query rounds, exports, imports. */
  reps: { open: number; changes: number; queries: number; exports: number; imports: number }
  log: (message: string) => void
}

/** An import of 1 MB: once (2 KB imports: five times as many). */
export const DEFAULT_REPS: CoreBenchOptions['reps'] = {
  open: 7,
  changes: 200,
  queries: 5,
  exports: 2,
  imports: 1
}

/** Everything below the UI: open, durable changes (and at `scale`× size), search, filter, export, import, memory. */
export async function runCoreBench(
  opts: CoreBenchOptions
): Promise<{ corpus: CorpusManifest; report: Report }> {
  const { log } = opts
  const dir = opts.corpus ?? defaultCorpusDir(opts.docs)
  log(`corpus: ${dir}`)
  const corpus = await ensureCorpus({
    docs: opts.docs,
    out: dir,
    onProgress: (m) => log(`  generating: ${m}`)
  })
  const report: Report = {}
  const copy = await workCopy(dir, `${opts.docs}`)
  try {
    log('open…')
    report.open = await benchOpen(copy.dir, opts.reps.open)

    collectGarbage()
    const files = await readAndParseAll(copy.dir)
    let firstSearch = 0
    const core = await openCore(copy.dir)
    try {
      // Ready for a search: the index is built after open, in the background; a search waits for it.
      firstSearch = await timed(() => core.dispatch('search.query', { q: 'nuclear', limit: 40 }))
      const statements = await allStatements(core)
      log('search, filter…')
      report.search = await benchSearch(core, statements, opts.reps.queries)
      report.filter = await benchFilter(core, statements, opts.reps.queries)
      log('analysis…')
      Object.assign(report, await benchAnalysis(core, statements, opts.reps.queries))
      log('graph, timeline, speakers…')
      Object.assign(report, await benchAnalysisGraph(core, opts.reps.queries))
      log('export…')
      Object.assign(report, await benchExport(core, files, opts.reps.exports))
      log('export stalls…')
      Object.assign(report, await benchExportStalls(core, log))
      if (opts.reps.imports > 0) {
        log('import…')
        report['import.2kb'] = under(
          await benchImport(core, Math.max(5, opts.reps.imports * 5), 2 * 1024),
          150,
          'p50'
        )
        report['import.1mb'] = under(
          await benchImport(core, opts.reps.imports, opts.importBytes),
          2000,
          'p50'
        )
      }
    } finally {
      await core.close()
    }
    report.search!.what += `; the first search after open took ${Math.round(firstSearch)} ms (index build)`

    log(opts.scale > 1 ? `durable changes, at 1× and ${opts.scale}× in turn…` : 'durable changes…')
    const dirs = [copy.dir]
    let big: Awaited<ReturnType<typeof workCopy>> | null = null
    if (opts.scale > 1) {
      const bigDocs = opts.docs * opts.scale
      const bigDir = opts.scaleCorpus ?? defaultCorpusDir(bigDocs)
      await ensureCorpus({ docs: bigDocs, out: bigDir, onProgress: (m) => log(`  generating: ${m}`) })
      big = await workCopy(bigDir, `${bigDocs}`)
      dirs.push(big.dir)
    }
    try {
      collectGarbage()
      const [small, large] = await sampleChanges(dirs, opts.reps.changes)
      Object.assign(report, changeMeasurements(small!))
      if (large) Object.assign(report, scaleMeasurements(small!, large, opts.scale))
    } finally {
      await big?.remove()
    }
  } finally {
    await copy.remove()
  }
  log('memory…')
  const fresh = await workCopy(dir, `${opts.docs}-memory`)
  try {
    report.memory = await benchMemory(fresh.dir, opts.docs)
  } finally {
    await fresh.remove()
  }
  return { corpus, report }
}

/** The export part alone (`--only export`): export times and every format's longest event-loop stall. */
export async function runExportBench(
  opts: Pick<CoreBenchOptions, 'docs' | 'corpus' | 'reps' | 'log'>
): Promise<{ corpus: CorpusManifest; report: Report }> {
  const { log } = opts
  const dir = opts.corpus ?? defaultCorpusDir(opts.docs)
  log(`corpus: ${dir}`)
  const corpus = await ensureCorpus({
    docs: opts.docs,
    out: dir,
    onProgress: (m) => log(`  generating: ${m}`)
  })
  const copy = await workCopy(dir, `${opts.docs}-export`)
  try {
    const files = await readAndParseAll(copy.dir)
    const core = await openCore(copy.dir)
    try {
      log('export…')
      const report: Report = await benchExport(core, files, opts.reps.exports)
      log('export stalls…')
      Object.assign(report, await benchExportStalls(core, log))
      return { corpus, report }
    } finally {
      await core.close()
    }
  } finally {
    await copy.remove()
  }
}
