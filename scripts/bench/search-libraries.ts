// Compares MiniSearch, FlexSearch and Dossier's own index on N synthetic statements (default 100,000): build time, memory,
// p50/p95 query latency for 20 typical queries. Prints one JSON object. Run: npm run bench:search -- [N]
import MiniSearch from 'minisearch'
import FlexSearch from 'flexsearch'
import { InvertedIndex } from '../../src/core/services/search/inverted-index'
import { readFileSync } from 'node:fs'
import { QUERIES } from './typical-queries'

const N = Number(process.argv[2] ?? 100_000)
const words = readFileSync(new URL('../../resources/seed/article.txt', import.meta.url), 'utf8')
  .split(/\s+/)
  .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
  .filter(Boolean)
let seed = 42
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const sentence = () =>
  Array.from({ length: 12 + Math.floor(rand() * 20) }, () => words[Math.floor(rand() * words.length)]).join(
    ' '
  )
const docs = Array.from({ length: N }, (_, i) => ({ id: `s${i}`, text: sentence() }))

const pct = (xs: number[], p: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
function measure(name: string, build: () => (q: string) => unknown[]) {
  global.gc?.()
  const heap0 = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const search = build()
  const buildMs = performance.now() - t0
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6
  const times: number[] = []
  let hits = 0
  for (let r = 0; r < 5; r++)
    for (const q of QUERIES) {
      const s = performance.now()
      hits += search(q).length
      times.push(performance.now() - s)
    }
  return {
    name,
    buildMs: Math.round(buildMs),
    heapMb: Math.round(heapMb),
    p50ms: +pct(times, 50).toFixed(2),
    p95ms: +pct(times, 95).toFixed(2),
    avgHits: Math.round(hits / times.length)
  }
}

const mini = measure('minisearch (prefix+fuzzy, as used)', () => {
  const m = new MiniSearch({
    fields: ['text'],
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND' }
  })
  m.addAll(docs)
  return (q) => m.search(q).slice(0, 50)
})
const flex = measure('flexsearch (forward tokenizer)', () => {
  const idx = new FlexSearch.Index({ tokenize: 'forward' })
  for (const d of docs) idx.add(d.id, d.text)
  return (q) => idx.search(q, 50) as unknown[]
})
const dossier = measure('dossier InvertedIndex (BM25, prefix+typos, as used now)', () => {
  const idx = new InvertedIndex<string>()
  for (const d of docs) idx.add(d.id, 0, d.id, d.text)
  return (q) => idx.search(q, 50).hits
})
console.log(JSON.stringify({ statements: N, results: [mini, flex, dossier] }, null, 2))
