// `npm run bench [-- --docs 1000] [--only core|renderer|export|sync] [--scale 10] [--quick] [--no-build] [--out FILE]`: measures Dossier on
// a generated corpus and prints one JSON object (stdout) and a readable table (stderr), each measurement with
// the baseline it is held against and its budget's verdict. Exit code 1 when a budget fails.
import { writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { benchCli } from './bench-cli'
import { DEFAULT_REPS, runCoreBench, runExportBench, type CoreBenchOptions } from './core-bench'
import { machineInfo } from './machine'
import type { Report } from './measurement'
import { reportTable } from './report-table'
import { runRendererBench } from './renderer-bench'
import { runSyncBench } from './bench-sync'
import { defaultCorpusDir, ensureCorpus, type CorpusManifest } from './make-corpus'

export interface BenchArgs {
  docs: number
  only: 'core' | 'renderer' | 'export' | 'sync' | null
  scale: number
  quick: boolean
  noBuild: boolean
  out: string | null
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const only = get('only') ?? null
  if (only !== null && !['core', 'renderer', 'export', 'sync'].includes(only))
    throw new Error('--only must be core, renderer, export or sync')
  const docs = Number(get('docs') ?? 1000)
  // A corpus of 100,000 documents would not fit in memory: past 10,000 the scaling check is skipped by default.
  const scale = Number(get('scale') ?? (docs * 10 <= 10_000 ? 10 : 0))
  if (!Number.isInteger(docs) || docs < 1) throw new Error('--docs must be a whole number ≥ 1')
  if (!Number.isInteger(scale) || scale < 0)
    throw new Error('--scale must be a whole number (0 skips the check)')
  return {
    docs,
    only: only as BenchArgs['only'],
    scale,
    quick: argv.includes('--quick'),
    noBuild: argv.includes('--no-build'),
    out: get('out') ?? null
  }
}

export async function runBench(args: BenchArgs, log: (m: string) => void) {
  const loadBefore = loadavg().map((x) => +x.toFixed(2))
  const measurements: Report = {}
  let corpus: CorpusManifest | null = null
  const reps: CoreBenchOptions['reps'] = args.quick
    ? { open: 2, changes: 10, queries: 1, exports: 1, imports: 1 }
    : DEFAULT_REPS
  if (args.only === 'export') {
    const part = await runExportBench({ docs: args.docs, reps, log })
    corpus = part.corpus
    Object.assign(measurements, part.report)
  }
  if (args.only === null || args.only === 'core') {
    const core = await runCoreBench({ docs: args.docs, scale: args.scale, reps, log })
    corpus = core.corpus
    Object.assign(measurements, core.report)
    Object.assign(measurements, await benchCli(args.quick ? 3 : 10, log))
  }
  if (args.only === null || args.only === 'renderer') {
    const dir = defaultCorpusDir(args.docs)
    corpus ??= await ensureCorpus({ docs: args.docs, out: dir, onProgress: (m) => log(`  generating: ${m}`) })
    Object.assign(
      measurements,
      await runRendererBench({ corpusDir: dir, corpus, quick: args.quick, noBuild: args.noBuild, log })
    )
  }
  if (args.only === null || args.only === 'sync') {
    const sync = await runSyncBench({ docs: args.docs, edits: args.quick ? 30 : 120, log })
    corpus ??= sync.corpus
    Object.assign(measurements, sync.report)
  }
  const failed = Object.entries(measurements)
    .filter(([, m]) => m.budget && !m.budget.pass)
    .map(([k]) => k)
  return {
    machine: { ...machineInfo(), loadBefore, loadAfter: loadavg().map((x) => +x.toFixed(2)) },
    corpus,
    options: args,
    measurements,
    budgets: {
      checked: Object.values(measurements).filter((m) => m.budget).length,
      failed,
      pass: failed.length === 0
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseBenchArgs(process.argv.slice(2))
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`)
  const result = await runBench(args, log)
  process.stderr.write('\n' + reportTable(result.measurements) + '\n\n')
  const json = JSON.stringify(result, null, 2)
  if (args.out) await writeFile(args.out, json + '\n')
  process.stdout.write(json + '\n')
  process.exitCode = result.budgets.pass ? 0 : 1
}
