import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { openCore } from '../../src/core/open-core'
import type { DocumentSummary, DocumentView } from '../../src/shared/api'
import { startServer } from '../../src/server/start-server'
import { startChildService } from './child-service'
import type { CorpusManifest } from './make-corpus'
import { benchAnalysisViews } from './bench-analysis-views'
import { benchRecogito } from './bench-peer'
import { benchTagRequests } from './bench-tag-requests'
import { under, type Measurement, type Report } from './measurement'
import * as probe from './renderer-probes'
import { summarize } from './stats'
import { workCopy } from './work-copy'
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/chromium-launch'

const ROOT = resolve(import.meta.dirname, '..', '..')
const BUILD = join(ROOT, 'bench-out', 'build')
const VIEWPORT = { width: 1280, height: 800 }

export interface RendererBenchOptions {
  corpusDir: string
  corpus: CorpusManifest
  quick: boolean
  /** Use the build already in bench-out/build instead of building. */
  noBuild?: boolean
  log: (m: string) => void
}

const run = <T>(page: Page, fn: string, arg: unknown = null): Promise<T> =>
  page.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>

/**
 * The renderer in Chromium over browser mode: bundle size, startup, a 50,000-word document with 2,000 highlights,
 * requests per tag from the inspector, the claims table scrolled through 100,000 rows, typing in a note; long
 * tasks counted throughout.
 * Builds the app into bench-out/build first (never touching out/, which the e2e tests use).
 */
export async function runRendererBench(opts: RendererBenchOptions): Promise<Report> {
  const { log } = opts
  if (!opts.noBuild) {
    log('building the renderer (electron-vite build, into bench-out/build)…')
    // Not npx: it can wait a minute on registry look-ups before running anything.
    const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_OUT_DIR: BUILD }
    })
    if (built.status !== 0) throw new Error(`electron-vite build failed:\n${built.stderr || built.stdout}`)
  }
  const rendererDir = join(BUILD, 'renderer')
  const report: Report = { 'renderer.bundle': await bundleSize(rendererDir) }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  try {
    log('startup…')
    report.startup = await benchStartup(browser, rendererDir, opts.quick ? 2 : 5)
    log('reader, claims, notes…')
    Object.assign(report, await benchPage(browser, rendererDir, opts))
    log('graph and timeline…')
    Object.assign(report, await benchAnalysisViews(browser, rendererDir, opts.corpusDir, opts.quick ? 1 : 3))
  } finally {
    await browser.close()
  }
  return report
}

async function bundleSize(rendererDir: string): Promise<Measurement> {
  const assets = join(rendererDir, 'assets')
  let raw = 0
  let gzip = 0
  for (const f of await readdir(assets)) {
    if (!/\.(js|css)$/.test(f)) continue
    const bytes = await readFile(join(assets, f))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  const floor = ['react/cjs/react.production.js', 'react-dom/cjs/react-dom-client.production.js']
  let base = 0
  let baseGzip = 0
  for (const f of floor) {
    const bytes = await readFile(join(ROOT, 'node_modules', f))
    base += bytes.length
    baseGzip += gzipSync(bytes).length
  }
  const kb = (n: number) => Math.round(n / 1024)
  return {
    what: 'renderer bundle, JS + CSS (p50 = raw, p95 = gzip)',
    unit: 'KB',
    p50: kb(raw),
    p95: kb(gzip),
    n: 1,
    baseline: { what: 'React + ReactDOM production builds alone', p50: kb(base), p95: kb(baseGzip), n: 1 }
  }
}

/** Launch of browser mode (a process like `dossier serve`) on a seeded workspace to the reader showing the article. */
async function benchStartup(browser: Browser, rendererDir: string, reps: number): Promise<Measurement> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-bench-startup-'))
  const dir = join(root, 'ws')
  const times: number[] = []
  const base: number[] = []
  try {
    const seeding = await startChildService(dir, rendererDir, 'seeded')
    await seeding.stop()
    for (let r = 0; r < reps; r++) {
      for (const mode of ['bare', 'seeded'] as const) {
        const context = await browser.newContext({ viewport: VIEWPORT })
        const page = await context.newPage()
        const t0 = performance.now()
        const service = await startChildService(dir, rendererDir, mode)
        try {
          if (mode === 'bare') {
            await page.goto(service.url, { waitUntil: 'load' })
            base.push(performance.now() - t0)
          } else {
            await page.goto(service.url)
            // The reader shows the article at once, or (in builds that open on an empty reader) after "Open".
            const article = page.locator('.reader-prose [data-statement-id]').first()
            const open = page.getByRole('button', { name: /^Open “/ })
            await article.or(open).first().waitFor({ timeout: 30_000 })
            if (!(await article.isVisible())) await open.click()
            await article.waitFor({ timeout: 30_000 })
            await run(page, `() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))`)
            times.push(performance.now() - t0)
          }
        } finally {
          await context.close()
          await service.stop()
        }
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
  return {
    what: 'launch browser mode (openCore + startServer in a new process) → page → reader showing the seeded article',
    unit: 'ms',
    ...summarize(times),
    baseline: {
      what: 'a new process serving the same bundle without the core → page load event',
      ...summarize(base)
    }
  }
}

async function benchPage(browser: Browser, rendererDir: string, opts: RendererBenchOptions): Promise<Report> {
  const copy = await workCopy(opts.corpusDir, 'renderer')
  const core = await openCore(copy.dir)
  const report: Report = {}
  try {
    await core.dispatch('search.query', { q: 'warm up' }) // the index is built: measure the steady state
    const server = await startServer({ core, rendererDir })
    const context = await browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    try {
      await page.addInitScript(probe.LONG_TASK_OBSERVER)
      await page.addInitScript(probe.API_REQUEST_OBSERVER)
      await page.goto(server.url)
      await page.locator('.doc-item').first().waitFor({ timeout: 60_000 })
      const long = (await core.dispatch('documents.get', { id: opts.corpus.longDocumentId })) as DocumentView
      const other = ((await core.dispatch('documents.list', {})) as DocumentSummary[]).find(
        (d) => d.id !== long.document.id
      )!
      const reps = opts.quick ? 2 : 5

      const open: number[] = []
      const firstScreen: number[] = []
      const openTasks: number[] = []
      const plain: number[] = []
      let shown = { highlights: 0, statements: 0 }
      const paragraphs = long.document.paragraphs.map((p) => long.document.text.slice(p.start, p.end))
      for (let r = 0; r < reps; r++) {
        await run(page, probe.OPEN_DOCUMENT, { title: other.title, timeoutMs: 60_000 })
        await page.waitForTimeout(300)
        const since = await run<number>(page, probe.NOW)
        const res = await run<{ first: number; ms: number; highlights: number; statements: number }>(
          page,
          probe.OPEN_DOCUMENT,
          { title: long.document.title, paragraphs: paragraphs.length, timeoutMs: 120_000 }
        )
        // Work the reader leaves behind (stripes, the selection bar) counts too.
        await page.waitForTimeout(500)
        openTasks.push(...(await longTasks(page, since)))
        open.push(res.ms)
        firstScreen.push(res.first)
        shown = res
        plain.push((await run<{ ms: number }>(page, probe.PLAIN_TEXT, { paragraphs })).ms)
      }
      const words = long.document.text.split(/\s+/).length
      const doc = `a ${words.toLocaleString('en-US')}-word document with ${long.annotations.length.toLocaleString('en-US')} highlights`
      const plainBaseline = { what: 'the same text as plain paragraphs, until painted', ...summarize(plain) }
      report['renderer.documentFirstScreen'] = under(
        {
          what: `open ${doc} from the library until its first screen (text and highlights) is painted`,
          unit: 'ms',
          ...summarize(firstScreen),
          baseline: plainBaseline
        },
        150
      )
      report['renderer.document'] = under(
        {
          what: `open ${doc} from the library until the whole text is in and painted (${shown.highlights} highlight and ${shown.statements} statement elements)`,
          unit: 'ms',
          ...summarize(open),
          baseline: plainBaseline
        },
        500
      )
      const longest = Math.round(Math.max(0, ...openTasks))
      report['renderer.documentLongestTask'] = {
        what: `the longest task while opening that document, ${reps} times (${openTasks.length} tasks over 50 ms in all; p50/p95 over those)`,
        unit: 'ms',
        ...summarize(openTasks.length ? openTasks : [0]),
        baseline: plainBaseline,
        budget: { rule: 'longest ≤ 50 ms', pass: longest <= 50 }
      }
      const peer = await benchRecogito(browser, long, reps)
      report['renderer.documentPeer'] = {
        what: `Dossier's reader opening that document (renderer.document; longest task ${longest} ms) against the peer`,
        unit: 'ms',
        ...summarize(open),
        baseline: {
          what: `@recogito/text-annotator 3.4 painting the same text with its ${peer.highlights.toLocaleString('en-US')} highlights (long tasks ${peer.longTasks.length}, longest ${Math.round(Math.max(0, ...peer.longTasks))} ms)`,
          ...peer.open
        }
      }

      // The long document is open in the reader.
      report['renderer.tagRequests'] = await benchTagRequests(page, core, long, reps)

      let since = await run<number>(page, probe.NOW)
      await page.locator('#view-tab-claims').click()
      await page
        .locator('.claims-grid .claims-row:not(.claims-row--head)')
        .first()
        .waitFor({ timeout: 60_000 })
      await page.waitForTimeout(500)
      const scroll = await run<{ frames: number[]; rows: number }>(page, probe.SCROLL_CLAIMS, {
        durationMs: 5000
      })
      const claimsTasks = await longTasks(page, since)
      const idle = await run<{ frames: number[] }>(page, probe.IDLE_FRAMES, { durationMs: 5000 })
      const fps = (frames: number[]) => Math.round((1000 * frames.length) / frames.reduce((a, b) => a + b, 0))
      const rows = Number(await page.locator('.claims-grid').getAttribute('aria-rowcount')) - 1
      const claims = {
        what: `claims table: ${rows.toLocaleString('en-US')} rows dragged top to bottom in 5 s; frame times from requestAnimationFrame (${fps(scroll.frames)} fps, ${scroll.rows} rows rendered at a time)`,
        unit: 'ms' as const,
        ...summarize(scroll.frames),
        baseline: { what: `the same page idle, 5 s (${fps(idle.frames)} fps)`, ...summarize(idle.frames) }
      }
      report['renderer.claimsScroll'] = {
        ...claims,
        budget: { rule: '≥ 50 fps (frames in 5 s)', pass: fps(scroll.frames) >= 50 }
      }

      since = await run<number>(page, probe.NOW)
      await page.locator('#view-tab-notes').click()
      const editor = page.locator('.note-prose')
      await editor.waitFor({ timeout: 30_000 })
      await editor.click()
      await page.keyboard.press('End')
      const text = 'The pattern of escalation claims repeats across sources and dates. '
        .repeat(2)
        .slice(0, opts.quick ? 40 : 120)
      await run(page, probe.RECORD_KEYS)
      await page.keyboard.type(text, { delay: 60 })
      await page.waitForTimeout(300)
      const typed = await run<{ raw: number; busy: number }[]>(page, probe.KEY_LATENCIES)
      const noteTasks = await longTasks(page, since)
      await run(page, probe.PLAIN_TEXTAREA)
      await run(page, probe.RECORD_KEYS)
      await page.keyboard.type(text, { delay: 60 })
      await page.waitForTimeout(300)
      const plainKeys = await run<{ raw: number; busy: number }[]>(page, probe.KEY_LATENCIES)
      await run(page, probe.REMOVE_TEXTAREA)
      const raw = summarize(typed.map((k) => k.raw))
      const rawPlain = summarize(plainKeys.map((k) => k.raw))
      report['renderer.keystroke'] = under(
        {
          what: `keystroke to paint while typing ${typed.length} characters into a note (autosave included), less the wait for the next frame to start; raw keystroke to paint p50 ${raw.p50} / p95 ${raw.p95} ms (textarea ${rawPlain.p50} / ${rawPlain.p95})`,
          unit: 'ms',
          ...summarize(typed.map((k) => k.busy)),
          baseline: {
            what: 'the same typing in a plain textarea on the page',
            ...summarize(plainKeys.map((k) => k.busy))
          }
        },
        16
      )

      const all = [...openTasks, ...claimsTasks, ...noteTasks]
      report['renderer.longTasks'] = {
        what: `long tasks (> 50 ms): ${openTasks.length} opening documents, ${claimsTasks.length} scrolling claims, ${noteTasks.length} typing; p50/p95 = count/longest (ms)`,
        unit: 'count',
        p50: all.length,
        p95: Math.round(Math.max(0, ...all)),
        n: all.length,
        baseline: { what: 'idle page', p50: 0, p95: 0, n: 0 }
      }
    } finally {
      await context.close()
      await server.close()
    }
  } finally {
    await core.close()
    await copy.remove()
  }
  return report
}

async function longTasks(page: Page, since: number): Promise<number[]> {
  return (await run<{ tasks: number[] }>(page, probe.LONG_TASKS_SINCE, { since })).tasks
}
