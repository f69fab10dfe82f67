/**
 * `npm run eval:ingest`: how well imports read real sources. Prints, per labelled file and per kind, attribution
 * precision and recall and the statements split right; the Golden Rules score; the web-page extraction F1; and
 * exits 1 when a threshold of the ingestion issue is missed. `--verbose` lists every label not met,
 * `--set NAME` evaluates one labelled set (shared, collected, prose), `--json FILE` writes the numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { scoreGoldenRules } from '../../src/core/services/segment/golden-rules-score'
import { totals, type FileScore, type Kinds, type Totals } from './ingest-attribution'
import { evaluateFolder, INGEST_DIR, LABELLED_SETS } from './run-ingest-eval'
import { evaluateWebPages } from './web-extraction'

export interface Threshold {
  what: string
  value: number
  min: number
}

export interface IngestEvaluation {
  files: FileScore[]
  kinds: Record<string, Totals>
  goldenRules: { passed: number; total: number }
  web: { meanF1: number; minF1: number; pages: number } | null
  thresholds: Threshold[]
}

/**
 * Everything `npm run eval:ingest` measures, on the labelled sets given; `web: false` leaves out the saved pages
 * (scripts/eval/web-extraction.test.ts checks those in `npm test`).
 */
export async function evaluateIngest(
  sets: readonly string[] = LABELLED_SETS,
  { web: withWeb = true } = {}
): Promise<IngestEvaluation> {
  const kindsFile = JSON.parse(readFileSync(join(INGEST_DIR, 'kinds.json'), 'utf8')) as { files: Kinds }
  const files: FileScore[] = []
  for (const set of sets) files.push(...(await evaluateFolder(join(INGEST_DIR, set), kindsFile.files)))
  const kinds: Record<string, Totals> = {}
  for (const kind of new Set(files.map((f) => f.kind)))
    kinds[kind] = totals(files.filter((f) => f.kind === kind))
  const golden = scoreGoldenRules()
  const web = withWeb ? await evaluateWebPages() : null
  const thresholds: Threshold[] = [
    { what: 'transcripts: attribution precision', value: kinds.transcript?.precision ?? 0, min: 0.98 },
    { what: 'transcripts: attribution recall', value: kinds.transcript?.recall ?? 0, min: 0.95 },
    { what: 'news prose: attribution precision', value: kinds.prose?.precision ?? 0, min: 0.9 },
    { what: 'news prose: attribution recall', value: kinds.prose?.recall ?? 0, min: 0.75 },
    { what: 'the seed: attribution precision', value: kinds.seed?.precision ?? 0, min: 1 },
    { what: 'the seed: named speakers attributed', value: kinds.seed?.right ?? 0, min: 14 },
    { what: 'Golden Rules of sentence splitting passed', value: golden.passed, min: 45 }
  ]
  if (web)
    thresholds.push(
      { what: 'saved news pages: mean word F1', value: web.meanF1, min: 0.97 },
      { what: 'saved news pages: lowest word F1', value: web.minF1, min: 0.9 }
    )
  return {
    files,
    kinds,
    goldenRules: { passed: golden.passed, total: golden.total },
    web: web && { meanF1: web.meanF1, minF1: web.minF1, pages: web.pages.length },
    thresholds
  }
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5)

function print(e: IngestEvaluation, verbose: boolean): void {
  for (const s of e.files) {
    if (s.error) {
      console.log(`${s.file.padEnd(48)} NOT IMPORTED: ${s.error}`)
      continue
    }
    const t = totals([s])
    console.log(
      `${s.file.padEnd(48)} ${s.kind.padEnd(10)} P ${pct(t.precision)}  R ${pct(t.recall)}  split ${s.splitRight}/${s.labels}`
    )
    if (s.title && !s.title.ok)
      console.log(`    title: want ${JSON.stringify(s.title.expected)} got ${JSON.stringify(s.title.got)}`)
    if (s.date && !s.date.ok) console.log(`    date: want ${s.date.expected} got ${s.date.got}`)
    if (!verbose) continue
    for (const r of s.results) {
      const fine = r.verdict === 'right' || r.verdict === 'none-right' || r.verdict === 'no-statement'
      if (fine && r.splitRight) continue
      const start = JSON.stringify(r.label.statementStartsWith.slice(0, 40))
      console.log(
        `    ${r.verdict.padEnd(11)} ${r.splitRight ? '' : '[split] '}${start} want ${r.label.speaker} got ${r.got}`
      )
    }
  }
  console.log('')
  for (const [kind, t] of Object.entries(e.kinds))
    console.log(
      `${kind.padEnd(12)} precision ${pct(t.precision)} (${t.right}/${t.given})  recall ${pct(t.recall)} (${t.right}/${t.expected})  statements split right ${t.splitRight}/${t.labels}`
    )
  const titled = e.files.filter((s) => s.title)
  const dated = e.files.filter((s) => s.date)
  console.log(
    `titles ${titled.filter((s) => s.title!.ok).length}/${titled.length} right, dates ${dated.filter((s) => s.date!.ok).length}/${dated.length} right`
  )
  console.log(`Golden Rules ${e.goldenRules.passed}/${e.goldenRules.total}`)
  if (e.web)
    console.log(
      `web pages (${e.web.pages}): mean F1 ${e.web.meanF1.toFixed(3)}, lowest ${e.web.minF1.toFixed(3)}`
    )
  console.log('')
  for (const t of e.thresholds) {
    const shown = t.min > 1 ? `${t.value}` : t.value.toFixed(3)
    console.log(`${t.value >= t.min ? 'ok  ' : 'MISS'} ${t.what}: ${shown} (at least ${t.min})`)
  }
}

if (import.meta.filename === process.argv[1]) {
  const arg = (name: string) =>
    process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined
  const set = arg('--set')
  const e = await evaluateIngest(set ? [set] : LABELLED_SETS)
  print(e, process.argv.includes('--verbose'))
  const out = arg('--json')
  if (out) writeFileSync(out, JSON.stringify(e, null, 2))
  if (e.thresholds.some((t) => t.value < t.min)) process.exitCode = 1
}
