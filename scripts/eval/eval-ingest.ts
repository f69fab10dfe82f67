import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { totals, type FileScore, type Kinds } from './ingest-attribution'
import { evaluateFolder, INGEST_DIR } from './run-ingest-eval'

const verbose = process.argv.includes('--verbose')
const kinds = (JSON.parse(readFileSync(join(INGEST_DIR, 'kinds.json'), 'utf8')) as { files: Kinds }).files
const scores: FileScore[] = []
const sets = process.argv.includes('--set')
  ? [process.argv[process.argv.indexOf('--set') + 1]!]
  : ['shared', 'collected', 'prose']
for (const set of sets) scores.push(...(await evaluateFolder(join(INGEST_DIR, set), kinds)))

const pct = (x: number) => (x * 100).toFixed(1).padStart(5)
for (const s of scores) {
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
  if (verbose)
    for (const r of s.results)
      if (
        (r.verdict !== 'right' && r.verdict !== 'none-right' && r.verdict !== 'no-statement') ||
        !r.splitRight
      )
        console.log(
          `    ${r.verdict.padEnd(11)} ${r.splitRight ? '' : '[split] '}${JSON.stringify(r.label.statementStartsWith.slice(0, 40))} want ${r.label.speaker} got ${r.got}`
        )
}
for (const kind of ['transcript', 'prose', 'unlabelled', 'damaged']) {
  const t = totals(scores.filter((s) => s.kind === kind))
  console.log(
    `${kind.padEnd(12)} precision ${pct(t.precision)} (${t.right}/${t.given})  recall ${pct(t.recall)} (${t.right}/${t.expected})  split ${t.splitRight}/${t.labels}`
  )
}
