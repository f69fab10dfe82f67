import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { CoreService } from '../src/core/core-service'
import type { ImportResult, StatementRow } from '../src/shared/api'
import { expect, shot, test } from './fixtures'
import { XSS_HREFS, XSS_PAYLOADS, xssHtmlDocument, xssMarkdownDocument, xssRichText } from './xss-corpus'
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __xss?: unknown
    __violations?: string[]
  }
}

interface Planted {
  documentId: string
  statementIds: string[]
  annotationId: string
  noteTitle: string
}

const base64 = (text: string) => Buffer.from(text).toString('base64')
const call = <T>(core: CoreService, op: string, input: unknown) => core.dispatch(op, input) as Promise<T>

/** Puts the corpus everywhere text can go: documents, titles, themes, speakers, annotations, notes, links. */
async function plant(core: CoreService): Promise<Planted> {
  const html = await call<ImportResult>(core, 'import.file', {
    fileName: 'hostile.html',
    base64: base64(xssHtmlDocument()),
    title: `Hostile page ${XSS_PAYLOADS[0]}`
  })
  await call(core, 'import.file', { fileName: 'hostile.md', base64: base64(xssMarkdownDocument()) })
  const documentId = html.imported[0]!.documentId
  const { items } = await call<{ items: StatementRow[] }>(core, 'statements.list', {
    documentId,
    limit: 1000
  })
  const statementIds = items.map((s) => s.id)
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const st = items[i % items.length]!
    const theme = await call<{ id: string }>(core, 'themes.create', {
      name: `T${i} ${payload}`.slice(0, 200)
    })
    await call(core, 'statements.tag', { statementIds: [st.id], themeIds: [theme.id] })
    await call(core, 'statements.setSpeaker', {
      statementId: st.id,
      speakerName: `S${i} ${payload}`.slice(0, 200)
    })
    await call(core, 'links.create', {
      fromId: st.id,
      toId: items[(i + 1) % items.length]!.id,
      relation: 'supports',
      note: payload
    })
  }
  const annotation = await call<{ id: string }>(core, 'annotations.create', {
    documentId,
    start: items[0]!.start,
    end: items[0]!.end,
    note: xssRichText()
  })
  const noteTitle = `Note ${XSS_PAYLOADS[1]}`
  await call(core, 'notes.create', { title: noteTitle, content: xssRichText() })
  return { documentId, statementIds, annotationId: annotation.id, noteTitle }
}

/** Nothing ran, no dialog opened, and no payload reached the DOM as markup (CSP would have had to step in). */
async function expectNothingExecuted(page: Page, dialogs: string[], where: string): Promise<void> {
  await page.waitForTimeout(250)
  const state = await page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)
    )
    const dangerous = [
      ...document.body.querySelectorAll(
        'iframe, object, embed, [srcdoc], script, base, meta, link, style, form'
      )
    ].map((el) => el.outerHTML.slice(0, 120))
    const links = [...document.body.querySelectorAll('[href], [src], [action], [formaction]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
      .filter((url) => /^\s*(javascript|data|vbscript|file):/i.test(url.replace(/[\t\n\r]/g, '')))
    return { xss: window.__xss, violations: window.__violations ?? [], handlers, dangerous, links }
  })
  expect(state.xss, `${where}: a payload ran`).toBeUndefined()
  expect(dialogs, `${where}: a dialog opened`).toEqual([])
  expect(state.handlers, `${where}: inline event handlers in the DOM`).toEqual([])
  expect(state.dangerous, `${where}: active elements in the DOM`).toEqual([])
  expect(state.links, `${where}: script or data URLs in the DOM`).toEqual([])
  expect(state.violations, `${where}: CSP had to block something`).toEqual([])
}

async function watch(page: Page): Promise<string[]> {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  await page.addInitScript(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations!.push(`${e.violatedDirective} ${e.blockedURI}`)
    )
  })
  await page.reload()
  return dialogs
}

test('hostile text in every field executes nothing in any view', async ({ page, workspace }) => {
  test.setTimeout(120_000)
  const planted = await plant(workspace.core)
  const dialogs = await watch(page)

  const library = page.getByRole('list', { name: 'Documents' })
  await expect(library.getByText(/^Hostile page/)).toBeVisible()
  await expectNothingExecuted(page, dialogs, 'library')

  await library.getByText(/^Hostile page/).click()
  const reader = page.locator('.reader')
  await expect(reader.getByText('Claim 1 reads', { exact: false }).first()).toBeVisible()
  await expectNothingExecuted(page, dialogs, 'reader')

  for (const id of planted.statementIds.slice(0, 4)) {
    await page.locator(`[data-statement-id="${id}"]`).first().click()
    await expect(page.locator('.inspector__quote')).toBeVisible()
    await expectNothingExecuted(page, dialogs, `inspector for ${id}`)
  }
  await page.locator('[data-annotation-ids]').first().click()
  await expect(page.getByText('hostile link 1', { exact: false }).first()).toBeVisible()
  for (const link of await page.locator('.pane--inspector a').all())
    await link.click({ modifiers: ['Control'] })
  await expectNothingExecuted(page, dialogs, 'annotation in the inspector')
  await shot(page, 'security-reader')

  await page.getByRole('tab', { name: 'Claims' }).click()
  await expect(page.getByRole('grid', { name: 'Statements' })).toBeVisible()
  await expectNothingExecuted(page, dialogs, 'claims')
  await shot(page, 'security-claims')

  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.getByRole('list', { name: 'Notes' }).getByText(planted.noteTitle).click()
  await expect(page.getByText('hostile link 1', { exact: false }).first()).toBeVisible()
  for (const link of await page.locator('.notes-view a').all()) await link.click({ modifiers: ['Control'] })
  await expectNothingExecuted(page, dialogs, 'notes')
  await shot(page, 'security-notes')

  await page.keyboard.press('Escape')
  await page.getByRole('tab', { name: 'Reader' }).click()
  await page.keyboard.press('/')
  const search = page.getByRole('combobox', { name: 'Search statements, annotations and notes' })
  await search.fill('onerror')
  await expect(page.getByRole('option').first()).toBeVisible()
  await expectNothingExecuted(page, dialogs, 'search results')
  await shot(page, 'security-search')
  await search.fill('javascript')
  await expect(page.getByRole('option').first()).toBeVisible()
  await page.getByRole('option').first().click()
  await expectNothingExecuted(page, dialogs, 'a search result opened')
  expect(workspace.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
})

interface MdNode {
  type: string
  value?: string
  url?: string
  children?: MdNode[]
}

test('the Markdown export carries the corpus as inert text', async ({ workspace }) => {
  await plant(workspace.core)
  const { files } = await call<{ files: { path: string; text?: string }[] }>(workspace.core, 'export.run', {
    format: 'markdown'
  })
  const markdown = files.map((f) => f.text ?? '').join('\n')
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode
  const html: string[] = []
  const urls: string[] = []
  const walk = (node: MdNode) => {
    if (node.type === 'html') html.push(node.value ?? '')
    if (node.url !== undefined) urls.push(node.url)
    node.children?.forEach(walk)
  }
  walk(tree)
  expect(html, 'the report writes no raw HTML').toEqual([])
  for (const url of urls) expect(url).not.toMatch(/^\s*(javascript|data|vbscript|file):/i)
  for (const payload of XSS_PAYLOADS.slice(0, 3)) expect(markdown).toContain(payload.slice(5, 20))
  expect(XSS_HREFS.length).toBeGreaterThan(0)
})

test('the page cannot reach the network: CSP blocks fetch, images and beacons', async ({
  page,
  workspace
}) => {
  expect(workspace.url).toContain('127.0.0.1')
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible()
  const result = await page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`)
    )
    const fetched = await fetch('http://example.com/').then(
      () => 'fetched',
      (err: Error) => `rejected: ${err.name}`
    )
    const img = new Image()
    const loaded = await new Promise<string>((resolve) => {
      img.onload = () => resolve('loaded')
      img.onerror = () => resolve('blocked')
      img.src = 'http://example.com/pixel.png'
    })
    const beacon = navigator.sendBeacon('http://example.com/beacon', 'x')
    await new Promise((r) => setTimeout(r, 200))
    return { fetched, loaded, beacon, violations }
  })
  expect(result.fetched).toBe('rejected: TypeError')
  expect(result.loaded).toBe('blocked')
  expect(result.violations).toContain('connect-src http://example.com/')
  expect(result.violations.some((v) => v.startsWith('img-src http://example.com/'))).toBe(true)
})
