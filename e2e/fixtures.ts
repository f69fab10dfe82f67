import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { CoreService } from '../src/core/core-service'
import type { DocumentSummary, DocumentView } from '../src/shared/api'
import type { Theme } from '../src/shared/domain'
import { openCore } from '../src/core/open-core'
import { startServer, type RunningServer } from '../src/server/start-server'

export const ROOT = resolve(import.meta.dirname, '..')
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')
const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots')
/** The README's screenshots: refreshed only when asked (DOSSIER_DOCS_SCREENSHOTS=1), so a test run changes no file of the repository. */
export const DOCS_SCREENSHOTS = process.env.DOSSIER_DOCS_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : join(ROOT, 'artifacts', 'docs-screenshots')

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

/** Statement text fragments of the seeded article used across specs. */
export const SEED_TEXT = {
  escalate: 'fearing it could escalate into a direct U.S. confrontation',
  safeHaven: 'now enjoy a sort of safe haven just inside Russia',
  stoltenberg: 'Denying Ukraine the ability to use these weapons',
  britain: 'Britain already allows its weapons',
  ban: 'maintain a ban on using U.S. weapons to strike deep inside',
  exercises: 'vast arsenal of tactical nuclear weapons',
  peskov: 'They are not getting close; they are in it.',
  saber: 'Putin is wielding the nuclear saber',
  overblown: 'fears about a Russian escalation were overblown',
  empty: "And Putin's threats of escalation since the start of the war have remained empty."
} as const

export interface CodedWorkspace {
  document: DocumentSummary
  view: DocumentView
  /** The id of the statement containing a fragment. */
  statementId(fragment: string): string
  themeId(name: string): string
  noteId: string
}

type RichNode = {
  type: string
  text?: string
  attrs?: Record<string, unknown>
  content?: RichNode[]
  marks?: { type: string }[]
}
const text = (t: string, bold = false): RichNode =>
  bold ? { type: 'text', text: t, marks: [{ type: 'bold' }] } : { type: 'text', text: t }
const para = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content })

/**
 * Codes the seeded article through the API, as an analyst would have after an hour's work: tagged statements,
 * overlapping highlights with notes, cross-references and a note citing statements. For specs that look at
 * screens rather than test how these are made.
 */
export async function codeSeededWorkspace(core: CoreService): Promise<CodedWorkspace> {
  const dispatch = <T>(op: string, input: unknown) => core.dispatch(op, input) as Promise<T>
  const [document] = await dispatch<DocumentSummary[]>('documents.list', {})
  const themes = await dispatch<Theme[]>('themes.list', {})
  const view0 = await dispatch<DocumentView>('documents.get', { id: document!.id })
  const statement = (fragment: string) => {
    const s = view0.statements.find((x) => x.text.includes(fragment))
    if (!s) throw new Error(`no statement contains “${fragment}”`)
    return s
  }
  const statementId = (fragment: string) => statement(fragment).id
  const themeId = (name: string) => {
    const t = themes.find((x) => x.name === name)
    if (!t) throw new Error(`no theme “${name}”`)
    return t.id
  }
  const tag = (fragment: string, ...names: string[]) =>
    dispatch('statements.tag', { statementIds: [statementId(fragment)], themeIds: names.map(themeId) })
  const T = SEED_TEXT
  await tag(T.escalate, 'Escalation risk')
  await tag(T.safeHaven, 'Battlefield situation', 'Restrictions on weapons use')
  await tag(T.stoltenberg, 'Restrictions on weapons use', 'Alliance unity')
  await tag(T.britain, 'Alliance unity')
  await tag(T.ban, 'Restrictions on weapons use', 'Decision-making in Washington')
  await tag(T.exercises, 'Nuclear signalling')
  await tag(T.peskov, 'Escalation risk')
  await tag(T.overblown, 'Escalation risk')
  await tag(T.empty, 'Escalation risk')

  const span = (fragment: string, phrase: string) => {
    const s = statement(fragment)
    const at = view0.document.text.indexOf(phrase, s.start)
    if (at < 0 || at >= s.end) throw new Error(`“${phrase}” is not in “${fragment}”`)
    return { start: at, end: at + phrase.length }
  }
  const annotate = (fragment: string, phrase: string, themeNames: string[], note: RichNode[] | null) =>
    dispatch('annotations.create', {
      documentId: document!.id,
      ...span(fragment, phrase),
      themeIds: themeNames.map(themeId),
      note: note && { type: 'doc', content: note }
    })
  await annotate(
    T.safeHaven,
    'a sort of safe haven',
    ['Battlefield situation'],
    [
      para(text('Cross-border '), text('sanctuary', true), text(' for Russian artillery and missile sites.')),
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [para(text('Check how deep the zone is'))] }]
      }
    ]
  )
  await annotate(T.safeHaven, 'safe haven just inside Russia', ['Restrictions on weapons use'], null)
  await annotate(
    T.exercises,
    'tactical nuclear weapons',
    ['Nuclear signalling'],
    [para(text('Timed to the debate in Washington?'))]
  )
  await annotate(T.peskov, 'they are in it', [], [para(text('Strongest Kremlin claim of NATO involvement.'))])

  const link = (from: string, to: string, relation: string, note?: string) =>
    dispatch('links.create', { fromId: statementId(from), toId: statementId(to), relation, note })
  await link(T.peskov, T.overblown, 'contradicts', 'Jones dismisses the escalation Peskov claims')
  await link(T.empty, T.overblown, 'elaborates')
  await link(T.stoltenberg, T.safeHaven, 'supports')

  const note = await dispatch<{ id: string }>('notes.create', {
    title: 'Is escalation real?',
    content: {
      type: 'doc',
      content: [
        para(
          text('Jones argues '),
          {
            type: 'statementRef',
            attrs: { id: statementId(T.overblown), label: 'fears about a Russian escalation were overblown' }
          },
          text(' while Peskov says '),
          { type: 'statementRef', attrs: { id: statementId(T.peskov), label: 'they are in it' } },
          text('.')
        ),
        para(
          text('Both frame the same decision: see '),
          { type: 'themeRef', attrs: { id: themeId('Escalation risk'), label: 'Escalation risk' } },
          text('.')
        )
      ]
    }
  })
  const view = await dispatch<DocumentView>('documents.get', { id: document!.id })
  return { document: document!, view, statementId, themeId, noteId: note.id }
}

/** No serious or critical axe violations on what the page shows; the message names the screen and each violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page)
  expect(
    violations.map((v) => `${v.impact} ${v.id}`),
    `${screen}:\n${formatViolations(violations)}`
  ).toEqual([])
}
