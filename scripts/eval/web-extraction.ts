import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { importHtml } from '../../src/core/services/import/import-html'

export interface PageScore {
  name: string
  f1: number
  precision: number
  recall: number
  /** Words in the imported text (0 when the page was refused). */
  words: number
  /** Words in the expected article text. */
  expectedWords: number
  /** Time spent in importHtml, in milliseconds. */
  ms: number
  /** The ImportError message when the page was refused. */
  error?: string
}

export interface WebEvaluation {
  pages: PageScore[]
  meanF1: number
  minF1: number
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const WEB_PAGES_DIR = join(ROOT, 'test-fixtures/web-pages')

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })

/** The lowercase words of a text, as Unicode word segmentation finds them (Chinese and Japanese included). */
export function wordTokens(text: string): string[] {
  const words: string[] = []
  for (const s of segmenter.segment(text.normalize('NFC'))) {
    if (s.isWordLike) words.push(s.segment.toLowerCase())
  }
  return words
}

/**
 * Bag-of-words F1 of `imported` against `expected`: overlap counts each word as often as it occurs in both;
 * precision = overlap / imported words, recall = overlap / expected words. Two empty texts score 1.
 */
export function wordF1(
  imported: string,
  expected: string
): { f1: number; precision: number; recall: number } {
  const got = wordTokens(imported)
  const want = wordTokens(expected)
  if (got.length === 0 && want.length === 0) return { f1: 1, precision: 1, recall: 1 }
  const counts = new Map<string, number>()
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1)
  let overlap = 0
  for (const w of got) {
    const left = counts.get(w) ?? 0
    if (left > 0) {
      overlap++
      counts.set(w, left - 1)
    }
  }
  const precision = got.length === 0 ? 0 : overlap / got.length
  const recall = want.length === 0 ? 0 : overlap / want.length
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { f1, precision, recall }
}

/** Imports one page through the real importer and scores its text against the expected article text. */
export async function scorePage(name: string, html: Uint8Array, expected: string): Promise<PageScore> {
  const started = performance.now()
  let text = ''
  let error: string | undefined
  try {
    text = (await importHtml(html, `${name}.html`)).text
  } catch (err) {
    error = err instanceof Error ? err.message : String(err)
  }
  const ms = performance.now() - started
  const score = wordF1(text, expected)
  const page: PageScore = {
    name,
    ...score,
    words: wordTokens(text).length,
    expectedWords: wordTokens(expected).length,
    ms
  }
  if (error !== undefined) page.error = error
  return page
}

/**
 * Scores the web importer on saved pages: each folder of `dir` holds a page's `source.html` and the text of
 * its article, `expected.txt` (see test-fixtures/web-pages/README.md).
 */
export async function evaluateWebPages(dir = WEB_PAGES_DIR): Promise<WebEvaluation> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  const pages: PageScore[] = []
  for (const name of names) {
    const html = await readFile(join(dir, name, 'source.html'))
    const expected = await readFile(join(dir, name, 'expected.txt'), 'utf8')
    pages.push(await scorePage(name, html, expected))
  }
  return summarize(pages)
}

/**
 * Scores the web importer on a checkout of scrapinghub/article-extraction-benchmark: `ground-truth.json` maps
 * an id to `{ articleBody }`, `html/<id>.html.gz` is the page (gzip, UTF-8).
 */
export async function evaluateArticleBenchmark(dir: string): Promise<WebEvaluation> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >
  const pages: PageScore[] = []
  for (const id of Object.keys(truth).sort()) {
    const html = gunzipSync(await readFile(join(dir, 'html', `${id}.html.gz`)))
    pages.push(await scorePage(id, html, truth[id]?.articleBody ?? ''))
  }
  return summarize(pages)
}

function summarize(pages: PageScore[]): WebEvaluation {
  const f1s = pages.map((p) => p.f1)
  return {
    pages,
    meanF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    minF1: f1s.length === 0 ? 0 : Math.min(...f1s)
  }
}

/** A plain-text table of an evaluation, one page a line. */
export function evaluationTable(ev: WebEvaluation): string {
  const pct = (x: number): string => x.toFixed(3)
  const lines = ev.pages.map(
    (p) =>
      `${p.name.slice(0, 24).padEnd(24)} F1 ${pct(p.f1)}  P ${pct(p.precision)}  R ${pct(p.recall)}  ` +
      `${String(p.words).padStart(6)} / ${String(p.expectedWords).padStart(6)} words  ` +
      `${p.ms.toFixed(0).padStart(5)} ms${p.error ? `  ${p.error}` : ''}`
  )
  const ms = ev.pages.map((p) => p.ms).sort((a, b) => a - b)
  const median = ms.length === 0 ? 0 : ms[Math.floor(ms.length / 2)]!
  lines.push(
    `${ev.pages.length} pages: mean F1 ${pct(ev.meanF1)}, min F1 ${pct(ev.minF1)}, median import ${median.toFixed(0)} ms`
  )
  return lines.join('\n')
}

// node --import tsx scripts/eval/web-extraction.ts [pages-dir] [--benchmark <article-extraction-benchmark dir>]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--benchmark')
  const run =
    at >= 0 && args[at + 1] ? evaluateArticleBenchmark(args[at + 1]!) : evaluateWebPages(args[0] ?? undefined)
  run.then(
    (ev) => console.log(evaluationTable(ev)),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exitCode = 1
    }
  )
}
