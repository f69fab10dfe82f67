import type { Browser, Page } from '@playwright/test'
import { openCore } from '../../src/core/open-core'
import { startServer } from '../../src/server/start-server'
import { IDLE_FRAMES } from './renderer-probes'
import { under, type Report } from './measurement'
import { summarize, timed } from './stats'
import { workCopy } from './work-copy'

const VIEWPORT = { width: 1280, height: 800 }

/** Waits for a fresh `data-<name>` on the element (the view sets it once drawn) and returns it. */
async function drawn(page: Page, selector: string, name: string): Promise<number> {
  const el = page.locator(`${selector}[data-${name}]`).first()
  await el.waitFor({ timeout: 120_000 })
  return Number(await el.getAttribute(`data-${name}`))
}
const clear = (page: Page, selector: string, name: string) =>
  page.evaluate(
    ({ selector, name }) =>
      document.querySelectorAll<HTMLElement>(selector).forEach((e) => delete e.dataset[name]),
    { selector, name: name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) }
  )

/**
 * The graph (2,000 nodes at most, laid out with fCoSE) and the timeline of every statement, in Chromium over browser
 * mode: from choosing an option to the chart drawn, and the layout alone. Baseline: the same query through the core
 * with its JSON round trip, i.e. what the view adds to the data.
 */
export async function benchAnalysisViews(
  browser: Browser,
  rendererDir: string,
  corpusDir: string,
  reps: number
): Promise<Report> {
  const copy = await workCopy(corpusDir, 'renderer-analysis')
  const core = await openCore(copy.dir)
  const report: Report = {}
  try {
    const server = await startServer({ core, rendererDir })
    const context = await browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    try {
      await page.goto(server.url)
      await page.locator('.doc-item').first().waitFor({ timeout: 60_000 })
      await page.locator('#view-tab-analysis').click()
      await page.locator('#analysis-tab-graph').click()
      const canvas = '[data-testid="graph-canvas"]'
      await drawn(page, canvas, 'layout-ms')
      const layout: number[] = []
      const total: number[] = []
      const groupBy = page.getByRole('combobox', { name: 'Group by' })
      let nodes = 0
      for (let r = 0; r < reps; r++)
        for (const g of ['document', 'none', 'speaker']) {
          await clear(page, canvas, 'layout-ms')
          total.push(
            await timed(async () => {
              await groupBy.selectOption(g)
              layout.push(await drawn(page, canvas, 'layout-ms'))
            })
          )
          nodes = await page
            .locator('#graph-list-nodes')
            .evaluate((h) => Number(/\(([\d,]+)\)/.exec(h.textContent ?? '')![1]!.replace(/,/g, '')))
        }
      const graphBase: number[] = []
      for (let r = 0; r < reps * 3; r++)
        graphBase.push(
          await timed(async () =>
            JSON.parse(
              JSON.stringify(await core.dispatch('analysis.graph', { groupBy: 'none', limit: 2000 - r }))
            )
          )
        )
      const graphBaseline = {
        what: 'analysis.graph (2,000 nodes) through the core, JSON round trip',
        ...summarize(graphBase)
      }
      report['renderer.graphLayout'] = under(
        {
          what: `graph built and laid out in cytoscape, ${nodes.toLocaleString('en-US')} nodes (a grouped grid past 400 nodes, fCoSE with compound groups below)`,
          unit: 'ms',
          ...summarize(layout),
          baseline: graphBaseline
        },
        1000
      )
      report['renderer.graph'] = {
        what: `graph regrouped: from choosing a grouping to drawn (${nodes.toLocaleString('en-US')} nodes; query, transfer, layout, paint)`,
        unit: 'ms',
        ...summarize(total),
        baseline: graphBaseline
      }

      // Panning the 2,000-node graph: a mouse drag across the canvas while the page records its frames.
      const box = (await page.locator(canvas).boundingBox())!
      const recording = page.evaluate(`(${IDLE_FRAMES})({ durationMs: 3000 })`) as Promise<{
        frames: number[]
      }>
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
      await page.mouse.move(x, y)
      await page.mouse.down()
      const until = Date.now() + 2900
      for (let i = 0; Date.now() < until; i++) {
        const a = (i / 45) * Math.PI
        await page.mouse.move(x + Math.cos(a) * box.width * 0.3, y + Math.sin(a) * box.height * 0.3)
      }
      await page.mouse.up()
      const { frames } = await recording
      const rate = Math.round((1000 * frames.length) / frames.reduce((a, b) => a + b, 0))
      const idle = ((await page.evaluate(`(${IDLE_FRAMES})({ durationMs: 3000 })`)) as { frames: number[] })
        .frames
      report['renderer.graphPan'] = {
        what: `graph of ${nodes.toLocaleString('en-US')} nodes panned by a mouse drag for 3 s: ms per frame (${rate} fps)`,
        unit: 'ms',
        ...summarize(frames),
        baseline: { what: 'the same page idle, 3 s', ...summarize(idle) },
        budget: { rule: '≥ 30 fps (frames in 3 s)', pass: rate >= 30 }
      }

      await page.locator('#analysis-tab-timeline').click()
      const chart = '.timeline-panel .chart-box'
      await drawn(page, chart, 'draw-ms')
      const draw: number[] = []
      const whole: number[] = []
      const lanes = page.getByRole('combobox', { name: 'Lanes' })
      for (let r = 0; r < reps; r++)
        for (const l of ['theme', 'speaker']) {
          await clear(page, chart, 'draw-ms')
          whole.push(
            await timed(async () => {
              await lanes.selectOption(l)
              draw.push(await drawn(page, chart, 'draw-ms'))
            })
          )
        }
      const label = (await page.locator(chart).getAttribute('aria-label')) ?? ''
      const points = /Timeline of ([\d,]+)/.exec(label)?.[1] ?? '?'
      const tlBase: number[] = []
      for (let r = 0; r < reps * 2; r++)
        tlBase.push(
          await timed(async () =>
            JSON.parse(
              JSON.stringify(
                await core.dispatch('analysis.timeline', {
                  lanes: r % 2 ? 'theme' : 'speaker',
                  maxLanes: 30 + r,
                  ids: false
                })
              )
            )
          )
        )
      const tlBaseline = {
        what: 'analysis.timeline of every statement (without ids, as the chart asks) through the core, JSON round trip',
        ...summarize(tlBase)
      }
      report['renderer.timeline'] = under(
        {
          what: `timeline of ${points} statements: from choosing lanes to drawn (query, transfer, binning, Plot SVG)`,
          unit: 'ms',
          ...summarize(whole),
          baseline: tlBaseline
        },
        500
      )
      report['renderer.timelineDraw'] = {
        what: 'timeline: binning and Plot drawing alone',
        unit: 'ms',
        ...summarize(draw),
        baseline: tlBaseline
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
