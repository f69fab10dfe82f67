import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Browser } from '@playwright/test'
import type { DocumentView } from '../../src/shared/api'
import { summarize, type Summary } from './stats'

const ROOT = resolve(import.meta.dirname, '..', '..')
const OUT = join(ROOT, 'bench-out', 'peer')

/** Bundles the peer page (scripts/bench/peer/recogito-page.ts) into bench-out/peer. */
async function buildPeer(): Promise<{ js: string; css: string }> {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { recogito: 'scripts/bench/peer/recogito-page.ts' },
    outdir: OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    logLevel: 'warning'
  })
  return { js: join(OUT, 'recogito.js'), css: join(OUT, 'recogito.css') }
}

/**
 * @recogito/text-annotator 3.4 showing the same document's text and highlights, `reps` times in a fresh page:
 * milliseconds from inserting the text until painted with every highlight, and the long tasks meanwhile.
 */
export async function benchRecogito(
  browser: Browser,
  doc: DocumentView,
  reps: number
): Promise<{ open: Summary; longTasks: number[]; highlights: number }> {
  const files = await buildPeer()
  const { document, annotations } = doc
  const paragraphs = document.paragraphs.map((p) => document.text.slice(p.start, p.end))
  // Document offsets → offsets in the paragraphs' text joined without separators (the peer's container text).
  const starts = document.paragraphs.map((p) => p.start)
  let before = 0
  const shift = document.paragraphs.map((p) => {
    const s = p.start - before
    before += p.end - p.start
    return s
  })
  const toPeer = (offset: number) => {
    let i = starts.length - 1
    while (i > 0 && starts[i]! > offset) i--
    return offset - shift[i]!
  }
  const highlights = annotations
    .map((a) => ({ start: toPeer(a.start), end: toPeer(a.end) }))
    .filter((h) => h.end > h.start)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
    await page.addStyleTag({ content: await readFile(files.css, 'utf8') })
    await page.addScriptTag({ content: await readFile(files.js, 'utf8') })
    await page.evaluate(`
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    `)
    const open: number[] = []
    let shown = 0
    for (let r = 0; r < reps; r++) {
      const res = (await page.evaluate(
        `window.__openWithRecogito(${JSON.stringify({ paragraphs, highlights })})`
      )) as { ms: number; highlights: number }
      open.push(res.ms)
      shown = res.highlights
    }
    await page.waitForTimeout(300)
    const longTasks = (await page.evaluate('window.__longTasks')) as number[]
    return { open: summarize(open), longTasks, highlights: shown }
  } finally {
    await context.close()
  }
}
