import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { CoreService } from '../src/core/core-service'
import { openCore } from '../src/core/open-core'
import { startServer, type RunningServer } from '../src/server/start-server'

export const ROOT = resolve(import.meta.dirname, '..')
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')
const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots')

export interface Workspace {
  dir: string
  /** The server's URL, token included (the page has already been opened with it). */
  url: string
  core: CoreService
  server: RunningServer
  /** Uncaught exceptions and console errors of the page (CSP violations show up here). */
  pageErrors: string[]
}

export interface WorkspaceOptions {
  /** How the temp workspace is created; 'seeded' holds the seed article. */
  workspaceCreate: 'seeded' | 'empty'
  /** Runs on the (empty) temp folder before the core opens it: write files there to test damaged workspaces. */
  prepareWorkspace: ((dir: string) => Promise<void>) | undefined
}

/**
 * `workspace`: a temp folder per test, a core opened on it, browser mode served on a random port, and the page
 * navigated to it. Everything is closed and removed afterwards.
 */
export const test = base.extend<WorkspaceOptions & { workspace: Workspace }>({
  workspaceCreate: ['seeded', { option: true }],
  prepareWorkspace: [undefined, { option: true }],
  workspace: async ({ page, workspaceCreate, prepareWorkspace }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'))
    await prepareWorkspace?.(dir)
    const core = await openCore(dir, { create: workspaceCreate })
    const server = await startServer({ core, rendererDir: RENDERER_DIR, port: 0 })
    const pageErrors: string[] = []
    page.on('pageerror', (err) => pageErrors.push(err.message))
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text())
    })
    await page.goto(server.url)
    try {
      await use({ dir, url: server.url, core, server, pageErrors })
    } finally {
      await page.close()
      await server.close()
      await core.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
})

export { expect }

/** Saves a screenshot to artifacts/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: unknown[]; html: string; failureSummary?: string }[]
}

let axeSource: string | undefined

/**
 * Runs axe-core on the page and returns the serious and critical violations. The app's CSP forbids inline
 * scripts, so axe is evaluated through the DevTools protocol (page.evaluate), which CSP does not govern.
 */
export async function axeViolations(page: Page, options: { include?: string; disableRules?: string[] } = {}) {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async ({ include, disableRules }) => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> }
      }
    ).axe
    const rules = Object.fromEntries((disableRules ?? []).map((id) => [id, { enabled: false }]))
    const result = await axe.run(include ? { include: [include] } : document, {
      resultTypes: ['violations'],
      rules
    })
    return result.violations
  }, options)
  return (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** A readable one-line-per-node summary of axe violations, for assertion messages. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.html}`).join('\n')}`)
    .join('\n')
}
