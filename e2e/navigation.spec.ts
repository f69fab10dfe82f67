import type { DocumentView } from '../src/shared/api'
import { codeSeededWorkspace, expect, expectAccessible, SEED_TEXT as S, shot, test } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * Moving around like in a browser: back and forward across documents, statements, claims filters and notes; the
 * claims table selects on a click and opens on Enter; the highlights list; shortcuts that stay out of text fields
 * and say what they created, with an Undo.
 */

test('Alt+←/→, the toolbar and the mouse buttons walk back and forward through each place', async ({
  page,
  workspace
}) => {
  const coded = await codeSeededWorkspace(workspace.core)
  await page.reload()
  const app = new AppPage(page)
  const tab = (name: string) => page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name })
  const back = app.topBar.getByRole('group', { name: 'Navigation' }).getByRole('button', { name: 'Back' })
  const forward = app.topBar
    .getByRole('group', { name: 'Navigation' })
    .getByRole('button', { name: 'Forward' })
  await app.ready()

  await app.library.openDocument(coded.document.title)
  await app.reader.clickStatement(S.saber)
  await app.inspector.expectStatement(S.saber)
  await app.library.theme('Nuclear signalling').click()
  await expect(app.claims.activeFilters).toContainText('Theme: Nuclear signalling')
  await app.goTo('Notes')
  await expect(app.notes.title).toHaveValue('Is escalation real?')
  await expect(forward).toBeDisabled()

  await test.step('Alt+← walks back through notes, claims with its filter, the statement, the document', async () => {
    await app.pressOutsideFields('Alt+ArrowLeft')
    await expect(tab('Claims')).toHaveAttribute('aria-selected', 'true')
    await expect(app.claims.activeFilters).toContainText('Theme: Nuclear signalling')
    await app.pressOutsideFields('Alt+ArrowLeft')
    await expect(tab('Reader')).toHaveAttribute('aria-selected', 'true')
    await app.inspector.expectStatement(S.saber)
    await app.pressOutsideFields('Alt+ArrowLeft')
    await expect(app.reader.title).toHaveText(coded.document.title)
    await expect(app.inspector.root.getByText('Nothing selected')).toBeVisible()
    await expect(back).toBeDisabled()
  })

  await test.step('Alt+→ and the Forward button go forward again; Back and the mouse buttons go back', async () => {
    await app.pressOutsideFields('Alt+ArrowRight')
    await app.inspector.expectStatement(S.saber)
    await forward.click()
    await expect(tab('Claims')).toHaveAttribute('aria-selected', 'true')
    await expect(app.claims.activeFilters).toContainText('Theme: Nuclear signalling')
    await forward.click()
    await expect(tab('Notes')).toHaveAttribute('aria-selected', 'true')
    await expect(app.notes.title).toHaveValue('Is escalation real?')
    await expect(forward).toBeDisabled()
    await back.click()
    await expect(tab('Claims')).toHaveAttribute('aria-selected', 'true')
    const side = (button: 3 | 4) =>
      page.evaluate((b) => {
        window.dispatchEvent(new MouseEvent('mousedown', { button: b, bubbles: true }))
        window.dispatchEvent(new MouseEvent('mouseup', { button: b, bubbles: true }))
      }, button)
    await side(3)
    await expect(tab('Reader')).toHaveAttribute('aria-selected', 'true')
    await side(4)
    await expect(tab('Claims')).toHaveAttribute('aria-selected', 'true')
  })
})

test('claims: a click selects and shows the statement, Enter opens it; counts sort numerically', async ({
  page,
  workspace
}) => {
  await codeSeededWorkspace(workspace.core)
  await page.reload()
  const app = new AppPage(page)
  await app.ready()
  await app.goTo('Claims')

  await test.step('sorting by links ascending puts the unlinked first; descending the most linked', async () => {
    const links = app.claims.grid.getByRole('columnheader', { name: 'Links' }).getByRole('button')
    const linkCell = app.claims.rows.first().locator('[aria-colindex="6"]')
    await links.click()
    await expect(app.claims.grid.getByRole('columnheader', { name: 'Links' })).toHaveAttribute(
      'aria-sort',
      'ascending'
    )
    await expect(linkCell).toHaveText('')
    await links.click()
    await expect(linkCell).toHaveText('2')
    await expect(app.claims.rows.first()).toContainText(S.overblown)
    const annotations = app.claims.grid.getByRole('columnheader', { name: 'Annotations' }).getByRole('button')
    await annotations.click()
    await annotations.click()
    await expect(app.claims.rows.first().locator('[aria-colindex="7"]')).toHaveText('2')
  })

  await test.step('one click selects the row and the inspector shows it; the view stays', async () => {
    await app.claims.row(S.peskov).click()
    await app.inspector.expectStatement(S.peskov)
    await expect(app.tab('Claims')).toHaveAttribute('aria-selected', 'true')
    await expect(app.claims.row(S.peskov)).toHaveAttribute('aria-selected', 'true')
  })

  await test.step('Enter opens it in the reader, and it stays in view while the text above it settles', async () => {
    await page.keyboard.press('Enter')
    await expect(app.tab('Reader')).toHaveAttribute('aria-selected', 'true')
    await app.inspector.expectStatement(S.peskov)
    const statement = app.reader.statementById(await app.reader.statementIdOf(S.peskov))
    await expect(statement).toBeInViewport()
    // What is drawn late above it (names, stripes, the rest of a long text) pushes it down the page.
    await app.reader.text.evaluate((text) => {
      let box = text.parentElement
      while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement
      const late = document.createElement('div')
      late.style.height = '3000px'
      box!.prepend(late)
    })
    await expect(statement).toBeInViewport()
  })
})

test('the highlights list: every annotation, filtered by theme, searched; Enter opens the reader', async ({
  page,
  workspace
}) => {
  await codeSeededWorkspace(workspace.core)
  await page.reload()
  const app = new AppPage(page)
  await app.ready()
  const root = page.getByRole('region', { name: 'Highlights' })
  const list = root.getByRole('listbox', { name: 'Highlights' })
  const items = list.getByRole('option')
  const count = root.getByRole('status')

  await app.pressOutsideFields('g')
  await page.keyboard.press('h')
  await expect(page.getByRole('tab', { name: 'Highlights' })).toHaveAttribute('aria-selected', 'true')
  await expect(count).toHaveText('4 highlights')
  await expect(items).toHaveCount(4)
  await expect(items.filter({ hasText: 'tactical nuclear weapons' })).toContainText('Timed to the debate')
  await expect(items.filter({ hasText: 'they are in it' })).toContainText('Dmitry Peskov')
  await expectAccessible(page, 'highlights')

  for (const [scheme, width, height] of [
    ['light', 1024, 700],
    ['light', 1440, 900],
    ['dark', 1024, 700],
    ['dark', 1440, 900]
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width, height })
    await shot(page, `highlights-${scheme}-${width}x${height}`)
  }
  await page.emulateMedia({ colorScheme: 'light' })

  await test.step('a theme includes its sub-themes; the search looks in quotes and notes', async () => {
    const theme = root.getByRole('combobox', { name: 'Theme' })
    await theme.selectOption({ label: '\u2003Nuclear signalling' })
    await expect(count).toHaveText('1 highlight match')
    await theme.selectOption({ label: 'Escalation risk' })
    await expect(items).toHaveCount(1)
    await expect(items).toContainText('tactical nuclear weapons')
    await theme.selectOption({ label: 'Any theme' })
    await root.getByRole('searchbox', { name: 'Search quotes and notes' }).fill('sanctuary')
    await expect(count).toHaveText('1 highlight match')
    await expect(items).toContainText('a sort of safe haven')
  })

  await test.step('a click selects and shows the highlight; Enter opens the reader at it', async () => {
    await items.first().click()
    await expect(app.inspector.heading).toHaveText('Highlight')
    await expect(page.getByRole('tab', { name: 'Highlights' })).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(app.tab('Reader')).toHaveAttribute('aria-selected', 'true')
    await expect(app.inspector.heading).toHaveText('Highlight')
  })
})

test('single-letter shortcuts stay out of text fields; a shortcut that creates shows an Undo', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const [doc] = (await workspace.core.dispatch('documents.list', {})) as { id: string; title: string }[]
  const annotations = async () =>
    ((await workspace.core.dispatch('documents.get', { id: doc!.id })) as DocumentView).annotations.length
  await app.ready()
  await app.library.openDocument(doc!.title)

  await test.step('typing “t” in the speaker field types it, and “g r” in the claims filter stays there', async () => {
    await app.reader.clickStatement(S.saber)
    await app.inspector.speaker.click()
    await page.keyboard.type('t')
    await expect(app.inspector.speaker).toHaveValue(/t$/)
    await expect(app.inspector.addTheme).not.toBeFocused()
    await page.keyboard.press('Escape')
    await app.goTo('Claims')
    await app.claims.text.click()
    await page.keyboard.type('gr')
    await expect(app.claims.text).toHaveValue('gr')
    await expect(app.tab('Claims')).toHaveAttribute('aria-selected', 'true')
  })

  await test.step('“a” on a statement highlights it, says so, and the toast’s Undo takes it back', async () => {
    await app.goTo('Reader')
    await app.reader.clickStatement(S.peskov)
    await page.keyboard.press('a')
    const toast = app.notifications.locator('.toast').filter({ hasText: 'Highlighted the selection' })
    await expect(toast).toBeVisible()
    await expect.poll(annotations).toBe(1)
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(annotations).toBe(0)
    await expect(app.toast('Undid: Highlight')).toBeVisible()
  })
})

test('what is typed right after New note goes into its title, Enter and the rest into its text', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  await app.ready()
  await app.goTo('Notes')
  // The note takes a while to be created: the typing starts before its title is there.
  await page.route('**/api/op/notes.create', async (route) => {
    await new Promise((r) => setTimeout(r, 700))
    await route.continue()
  })
  await app.notes.root.getByRole('button', { name: 'New note' }).first().click()
  // “g r” would go to the reader, “t” would tag: typed ahead, they are only letters.
  await page.keyboard.type('gr tanks, Backx')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await page.keyboard.type('first words')
  await expect(app.notes.title).toHaveValue('gr tanks, Back')
  await expect(app.notes.body).toContainText('first words')
  await expect(app.tab('Notes')).toHaveAttribute('aria-selected', 'true')
  await expect
    .poll(async () =>
      ((await workspace.core.dispatch('notes.list', {})) as { title: string }[]).map((n) => n.title)
    )
    .toContain('gr tanks, Back')
})
