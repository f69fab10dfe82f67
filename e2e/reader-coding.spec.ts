import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { DocumentSummary, DocumentView } from '../src/shared/api'
import {
  codeSeededWorkspace,
  DOCS_SCREENSHOTS,
  expect,
  expectAccessible,
  SEED_TEXT,
  shot,
  test,
  type Workspace
} from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * Seeing the coding where you read: coding stripes per theme beside what it codes, speakers' names in the text, a
 * selection that never looks like a highlight, and the reader's keyboard (J/K at once, Esc out of a note, Shift+arrows)
 * with a note that says when it is saved.
 */

async function documentView(w: Workspace): Promise<DocumentView> {
  const [doc] = (await w.core.dispatch('documents.list', {})) as DocumentSummary[]
  return (await w.core.dispatch('documents.get', { id: doc!.id })) as DocumentView
}

async function openReader(page: Page): Promise<AppPage> {
  const app = new AppPage(page)
  await app.ready()
  await expect(app.reader.text).toBeVisible()
  return app
}

/** The selected statement's text lies wholly inside the reader's scrolling pane. */
async function selectedFullyInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const pieces = [...document.querySelectorAll('.stmt-selected')]
    const pane = document.querySelector('.pane--center')
    let scroller: Element | null = pieces[0]?.parentElement ?? null
    while (
      scroller &&
      !(scroller.scrollHeight > scroller.clientHeight && getComputedStyle(scroller).overflowY !== 'visible')
    )
      scroller = scroller.parentElement
    const box = (scroller ?? pane)!.getBoundingClientRect()
    const rects = pieces.flatMap((p) => [...p.getClientRects()])
    return rects.length > 0 && rects.every((r) => r.top >= box.top - 1 && r.bottom <= box.bottom + 1)
  })
}

test('coding stripes: a named stripe per theme beside the statements it codes; hover names it, a click lists them', async ({
  page,
  workspace
}) => {
  const app = await openReader(page)
  const escalate = await app.reader.statementIdOf(SEED_TEXT.escalate)
  const britain = await app.reader.statementIdOf(SEED_TEXT.britain)
  await expect(app.reader.stripes).toHaveCount(0)

  await test.step('tag two statements with two themes in the inspector', async () => {
    await app.reader.clickStatement(SEED_TEXT.escalate)
    await app.inspector.expectStatement(SEED_TEXT.escalate)
    await app.inspector.tagWith('Escalation risk')
    await app.reader.clickStatement(SEED_TEXT.britain)
    await app.inspector.expectStatement(SEED_TEXT.britain)
    await app.inspector.tagWith('Alliance unity')
  })

  await test.step('two stripes, each named by its theme, beside the right statement', async () => {
    // Only stripes near the screen are drawn: bring each statement into view first.
    await app.reader.statementById(britain).scrollIntoViewIfNeeded()
    await expect(page.getByRole('button', { name: 'Alliance unity — 1 statement' })).toBeVisible()
    await expect.poll(() => app.reader.themesBeside(britain)).toEqual(['Alliance unity'])
    await app.reader.statementById(escalate).scrollIntoViewIfNeeded()
    await expect(page.getByRole('button', { name: 'Escalation risk — 1 statement' })).toBeVisible()
    await expect.poll(() => app.reader.themesBeside(escalate)).toEqual(['Escalation risk'])
    await expect(app.reader.stripe('Escalation risk')).toHaveCount(1)
    // The theme dot is gone from the gutter: the stripe says it.
    await expect(app.reader.gutterMarker(escalate)).toHaveCount(0)
  })

  await test.step('a highlight with a theme inside a tagged statement gets its own lane', async () => {
    const view = await documentView(workspace)
    const s = view.statements.find((x) => x.id === escalate)!
    const at = view.document.text.indexOf('direct U.S. confrontation', s.start)
    await workspace.core.dispatch('annotations.create', {
      documentId: view.document.id,
      start: at,
      end: at + 'direct U.S. confrontation'.length,
      themeIds: [view.statements.find((x) => x.id === britain)!.themeIds[0]]
    })
    await expect(page.getByRole('button', { name: 'Alliance unity — 1 highlight' })).toBeVisible()
    await expect.poll(() => app.reader.themesBeside(escalate)).toEqual(['Alliance unity', 'Escalation risk'])
    await app.reader.statementById(escalate).scrollIntoViewIfNeeded()
    const lanes = await app.reader.stripes.evaluateAll((els) =>
      els.map(
        (el) => `${(el as HTMLElement).dataset.label}:${(el as HTMLElement).style.getPropertyValue('--lane')}`
      )
    )
    // Beside the escalation statement the highlight's theme takes the next lane; elsewhere it may use lane 0.
    expect(lanes).toContain('Escalation risk:0')
    expect(lanes).toContain('Alliance unity:1')
  })

  await test.step('hovering a stripe names its theme', async () => {
    await app.reader.stripe('Escalation risk').hover()
    await expect(page.getByRole('tooltip')).toContainText('Escalation risk')
    await expectAccessible(page, 'reader with coding stripes')
  })

  await test.step('a click lists what the theme codes in this document in the claims view', async () => {
    await app.reader.stripe('Escalation risk').click()
    await expect(app.tab('Claims')).toHaveAttribute('aria-selected', 'true')
    await expect(app.claims.activeFilters).toContainText('Escalation risk')
    await app.claims.expectCount(1)
    await expect(app.claims.rows.first()).toContainText(SEED_TEXT.escalate)
  })
})

test('speakers’ names show in the text and toggle off and on (button and S), remembered', async ({
  page,
  workspace
}) => {
  void workspace
  const app = await openReader(page)
  const toggle = app.reader.root.getByRole('button', { name: 'Speakers' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => app.reader.speakerLabels()).toContain('Seth G. Jones')
  const shown = (await app.reader.speakerLabels()).length

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(() => app.reader.speakerLabels()).toEqual([])

  await page.reload()
  await openReader(page)
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(() => app.reader.speakerLabels()).toEqual([])

  await app.reader.text.focus()
  await page.keyboard.press('s')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(async () => (await app.reader.speakerLabels()).length).toBe(shown)
  // The labels are drawn, not text: selecting and copying the statement never picks up a name.
  expect(await app.reader.text.locator('.speaker-label').allTextContents()).toEqual(new Array(shown).fill(''))
})

test('the selection looks unlike any highlight: inverted, while highlights are underlined in their colour', async ({
  page,
  workspace
}) => {
  await codeSeededWorkspace(workspace.core)
  const app = await openReader(page)
  const hl = app.reader.text.locator('.hl-n1').first()
  await expect(hl).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const looks = await hl.evaluate((el) => {
      const sel = getComputedStyle(el, '::selection')
      const own = getComputedStyle(el)
      return {
        selection: sel.backgroundColor,
        selectionText: sel.color,
        highlight: own.backgroundColor,
        underline: own.backgroundImage,
        text: own.color
      }
    })
    expect(looks.selection).not.toBe(looks.highlight)
    expect(looks.underline).toContain('linear-gradient')
    // Inverted: the selection's ground is the text colour.
    expect(looks.selection).toBe(looks.text)
  }
})

test('keys: J/K on first load and after the skip link; the selected statement is scrolled fully into view', async ({
  page,
  workspace
}) => {
  const first = (await documentView(workspace)).statements[0]!
  const app = await openReader(page)
  await expect(app.reader.text).toBeFocused()
  await page.keyboard.press('j')
  await expect.poll(() => app.reader.selectedText()).toBe(first.text)

  await page.reload()
  await openReader(page)
  // Focus elsewhere first (the reader took it on load), then follow the skip link from the keyboard.
  await app.library.documents.getByRole('button').first().focus()
  await page.getByRole('link', { name: 'Skip to the reader' }).focus()
  await page.keyboard.press('Enter')
  await expect(app.reader.text).toBeFocused()
  await page.keyboard.press('j')
  await expect.poll(() => app.reader.selectedText()).toBe(first.text)

  // Highlights cut statements into pieces: the whole statement, not its first piece, must come into view.
  await codeSeededWorkspace(workspace.core)
  await page.setViewportSize({ width: 1024, height: 460 })
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('j')
    await expect.poll(() => selectedFullyInView(page), { message: `statement ${i + 2} in view` }).toBe(true)
  }
})

test('Shift+arrows extend a selection from the keyboard; Annotate; the note says Saved, cites with @; Esc returns to the reader', async ({
  page,
  workspace
}) => {
  const view = await documentView(workspace)
  const [first] = view.statements
  const app = await openReader(page)
  await page.keyboard.press('j')
  await expect.poll(() => app.reader.selectedText()).toBe(first!.text)

  const words = first!.text.split(/\s+/).slice(0, 3).join(' ')
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(words)
  await expect(app.reader.bubble).toBeVisible()
  await app.reader.bubble.getByRole('button', { name: 'Annotate…' }).click()

  const note = app.inspector.noteEditor()
  await expect(note).toBeFocused()
  await expect
    .poll(async () => (await documentView(workspace)).annotations.map((a) => a.quote.exact))
    .toEqual([words])
  await page.keyboard.type('Check this')
  await expect(app.inspector.root.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect.poll(async () => (await documentView(workspace)).annotations[0]?.notePlain).toBe('Check this')

  // The note cites a statement as a note in the Notes view does: `@` lists statements, Enter makes the chip.
  const statements = page.getByRole('listbox', { name: 'Matching statements' })
  await page.keyboard.type(' @haven')
  await expect(statements.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(statements).toBeHidden()
  await expect(note.locator('[data-statement-ref]')).toHaveCount(1)
  await expect
    .poll(async () => (await documentView(workspace)).annotations[0]?.notePlain)
    .toMatch(/^Check this “.+”$/)

  // Escape first closes an open list, then leaves the note.
  await page.keyboard.type(' @haven')
  await expect(statements.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(statements).toBeHidden()
  await expect(note).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(app.reader.text).toBeFocused()
  await expect
    .poll(async () => (await documentView(workspace)).annotations[0]?.notePlain)
    .toMatch(/^Check this “.+” @haven$/)
  const written = (await documentView(workspace)).annotations[0]?.notePlain
  await page.keyboard.press('j')
  // J moved the selection (it was the highlight) to a statement: nothing was typed into the note.
  await app.inspector.expectStatement(first!.text.slice(0, 40))
  expect((await documentView(workspace)).annotations[0]?.notePlain).toBe(written)
})

test('first load shows a skeleton of the reader, not a blank pane', async ({
  page,
  workspace: _workspace
}) => {
  let release = (): void => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/op/documents.get*', async (route) => {
    await held
    await route.continue()
  })
  await page.reload()
  const skeleton = page.getByRole('status', { name: 'Loading document' })
  await expect(skeleton).toBeVisible()
  await expect(skeleton.locator('.reader-skeleton__line').first()).toBeVisible()
  release()
  await expect(new AppPage(page).reader.text).toBeVisible()
  await expect(skeleton).toHaveCount(0)
})

test('a long document shows its first screen while the rest is on its way; a search hit deep in it is shown once it is in', async ({
  page,
  workspace
}) => {
  const paragraph = (i: number) =>
    `In session ${i} the committee heard the witness at length on the matter before it. ` +
    `The members asked about the budget, the timeline and the risks, and the witness answered each point.`
  const text = [...Array.from({ length: 119 }, (_, i) => paragraph(i)), 'The last witness spoke of Zanzibar.']
  await workspace.core.dispatch('import.file', {
    fileName: 'hearing.txt',
    base64: Buffer.from(text.join('\n\n')).toString('base64'),
    title: 'Long hearing'
  })
  const [long] = ((await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]).filter(
    (d) => d.title === 'Long hearing'
  )
  const whole = (await workspace.core.dispatch('documents.get', { id: long!.id })) as DocumentView
  let release = (): void => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/op/documents.get', async (route) => {
    await held
    await route.continue()
  })
  const app = new AppPage(page)
  await page.reload()
  await app.ready()
  await app.library.openDocument('Long hearing')

  await expect(app.reader.title).toHaveText('Long hearing')
  await expect(app.reader.text).toContainText('In session 0 the committee')
  const shown = await app.reader.text.locator(':scope > p').count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(text.length)
  await expect(app.reader.root).toContainText(`${whole.statements.length} statements`)

  await app.pressOutsideFields('Control+K')
  await page.keyboard.type('Zanzibar')
  await expect(app.search.group('Statements').getByRole('option').first()).toContainText('Zanzibar')
  await page.keyboard.press('Enter')
  await expect(app.search.dialog).toBeHidden()
  await app.inspector.expectStatement('Zanzibar')

  release()
  await expect(app.reader.text.locator(':scope > p')).toHaveCount(text.length)
  await expect(await app.reader.statement('Zanzibar')).toBeInViewport()
  await expect.poll(() => app.reader.selectedText()).toContain('Zanzibar')
})

test('screens: coding stripes and speakers on the coded seed, 1024×700 and 1440×900, light and dark', async ({
  page,
  workspace
}) => {
  await codeSeededWorkspace(workspace.core)
  const app = await openReader(page)
  await expect(app.reader.stripes.first()).toBeVisible()
  await app.reader.clickStatement(SEED_TEXT.safeHaven)
  for (const [width, height] of [
    [1024, 700],
    [1440, 900]
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height })
      await (
        await app.reader.statement(SEED_TEXT.safeHaven)
      ).evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await expect(app.reader.stripes.first()).toBeVisible()
      await page.waitForTimeout(150)
      await shot(page, `reader-coding-${width}x${height}-${scheme}`)
      const margin = await page.locator('.reader-editor').boundingBox()
      if (margin)
        await page.screenshot({
          path: `artifacts/screenshots/reader-coding-${width}-${scheme}-margin.png`,
          clip: { x: margin.x - 90, y: Math.max(margin.y, 0), width: 420, height: 360 }
        })
      if (width === 1440)
        await page.screenshot({ path: join(DOCS_SCREENSHOTS, `reader-coding-${scheme}.png`) })
      await expectAccessible(page, `reader ${width}×${height} ${scheme}`)
    }
  }
})
