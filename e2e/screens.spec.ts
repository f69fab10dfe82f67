import type { DocumentSummary } from '../src/shared/api'
import { codeSeededWorkspace, expect, SEED_TEXT as T, shot, test, type CodedWorkspace } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * Screenshots of the main screens, saved to artifacts/screenshots/ for people to look at. Each test asserts the
 * screen is in the state the picture claims, so a picture of a broken or half-loaded screen fails the test.
 */

async function openCoded(app: AppPage, coded: CodedWorkspace): Promise<void> {
  await app.ready()
  await app.library.openDocument(coded.document.title)
  await expect(app.reader.title).toHaveText(coded.document.title)
  await expect(app.reader.highlight(coded.view.annotations[0]!.id).first()).toBeVisible()
}

test('the first screen of a new workspace, and its empty notes', async ({ page, workspace }) => {
  const app = new AppPage(page)
  const [doc] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  await app.ready()
  await expect(app.library.document(doc!.title)).toBeVisible()
  await expect(app.library.theme('Escalation risk')).toBeVisible()
  await expect(app.library.speaker('Seth G. Jones')).toBeVisible()
  await shot(page, 'first-screen')

  await app.goTo('Notes')
  await expect(app.notes.root.getByText('Write your analysis here')).toBeVisible()
  await shot(page, 'notes-empty')
})

test('reader with highlights, a selected statement and its inspector', async ({ page, workspace }) => {
  const app = new AppPage(page)
  const coded = await codeSeededWorkspace(workspace.core)
  await openCoded(app, coded)

  await app.reader.clickStatement(T.safeHaven)
  await app.inspector.expectStatement(T.safeHaven)
  await expect(app.inspector.root.getByRole('button', { name: 'a sort of safe haven' })).toBeVisible()
  await expect(app.inspector.link('← supported by')).toBeVisible()
  await shot(page, 'reader-selected-statement')

  await app.reader.clickStatement(T.overblown)
  await expect(app.inspector.link('← contradicted by')).toBeVisible()
  await expect(app.inspector.link('← elaborated by')).toBeVisible()
  await expect(app.inspector.root.getByRole('button', { name: 'Is escalation real?' })).toBeVisible()
  await shot(page, 'inspector-backlinks')

  const peskovNote = coded.view.annotations.find((a) => a.quote.exact === 'they are in it')!
  await app.reader.highlight(peskovNote.id).first().click()
  await expect(app.inspector.heading).toHaveText('Highlight')
  await expect(app.inspector.noteEditor('they are in it')).toContainText('Strongest Kremlin claim')
  await shot(page, 'inspector-highlight')
})

test('selection bubble, tagging a selection, link picker and theme menu', async ({ page, workspace }) => {
  const app = new AppPage(page)
  const coded = await codeSeededWorkspace(workspace.core)
  await openCoded(app, coded)

  await app.reader.dragSelect('long resisted allowing Ukraine')
  await shot(page, 'reader-selection-bubble')
  await app.reader.bubble.getByRole('button', { name: 'Tag…' }).click()
  await expect(app.reader.bubbleTheme).toBeFocused()
  await expect(page.getByText('tags a new highlight on just these words')).toBeVisible()
  await shot(page, 'reader-selection-tag')
  await page.keyboard.press('Escape')

  await app.reader.clickStatement(T.britain)
  await app.inspector.root.getByRole('button', { name: 'Link to…' }).click()
  await app.linkPicker.search.pressSequentially('Scholz')
  await expect(app.linkPicker.results.getByRole('option')).toHaveCount(1)
  await shot(page, 'link-picker-search')
  await app.linkPicker.results.getByRole('option').first().click()
  await expect(app.linkPicker.dialog.getByRole('radio', { name: /^Supports/ })).toBeChecked()
  await shot(page, 'link-picker-relation')
  await app.linkPicker.dialog.getByRole('button', { name: 'Cancel' }).click()

  const menu = await app.library.themeMenu('Escalation risk')
  await expect(menu.getByRole('menuitem', { name: 'Move to…' })).toBeVisible()
  await shot(page, 'library-theme-menu')
})

test('claims view, unfiltered, filtered by theme, and with no match', async ({ page, workspace }) => {
  const app = new AppPage(page)
  await codeSeededWorkspace(workspace.core)
  await app.ready()
  await app.goTo('Claims')
  await expect(app.claims.count).toHaveText('49 statements')
  await expect(app.claims.rows.first()).toBeVisible()
  await shot(page, 'claims-all')

  await app.library.theme('Escalation risk').click()
  await app.claims.expectCount(5)
  await shot(page, 'claims-filtered-theme')

  await app.claims.speaker.selectOption({ label: 'Jens Stoltenberg' })
  await expect(app.claims.count).toHaveText('0 statements match')
  await shot(page, 'claims-no-match')
})

test('a note with statement and theme chips, its hover card, search and help', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  await codeSeededWorkspace(workspace.core)
  await app.ready()
  await app.goTo('Notes')
  await expect(app.notes.title).toHaveValue('Is escalation real?')
  const chip = app.notes.chip('fears about a Russian escalation')
  await chip.hover()
  const card = page.getByRole('tooltip')
  await expect(card).toContainText('Seth G. Jones')
  // The hover card sits right under the chip, inside the note's column (not clipped at its edge).
  const [cardBox, chipBox, column] = await Promise.all([
    card.boundingBox(),
    chip.boundingBox(),
    app.notes.root.locator('[data-note-id]').boundingBox()
  ])
  expect(cardBox!.y - (chipBox!.y + chipBox!.height)).toBeGreaterThanOrEqual(0)
  expect(cardBox!.y - (chipBox!.y + chipBox!.height)).toBeLessThan(24)
  expect(cardBox!.x).toBeGreaterThanOrEqual(column!.x)
  expect(cardBox!.x + cardBox!.width).toBeLessThanOrEqual(column!.x + column!.width)
  expect(cardBox!.width).toBeGreaterThan(200)
  await shot(page, 'notes-chip-hover')

  await app.pressOutsideFields('Control+K')
  await page.keyboard.type('nuclear escalation')
  await expect(app.search.group('Statements')).toBeVisible()
  await expect(app.search.summary).toHaveText(/\d+\+? results?/)
  await shot(page, 'search-palette')
  await page.keyboard.press('Escape')
  await expect(app.search.dialog).toBeHidden()

  await app.pressOutsideFields('?')
  await expect(app.help).toBeVisible()
  await shot(page, 'help-overlay')
})

test('dark mode: reader, claims and notes', async ({ page, workspace }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  const app = new AppPage(page)
  const coded = await codeSeededWorkspace(workspace.core)
  await openCoded(app, coded)
  await app.reader.clickStatement(T.peskov)
  await expect(app.inspector.link('contradicts →')).toBeVisible()
  await shot(page, 'dark-reader')

  await app.library.theme('Escalation risk').click()
  await app.claims.expectCount(5)
  await shot(page, 'dark-claims')

  await app.goTo('Notes')
  await expect(app.notes.chip('fears about a Russian escalation')).toBeVisible()
  await shot(page, 'dark-notes')

  await app.pressOutsideFields('Control+K')
  await page.keyboard.type('nuclear')
  await expect(app.search.group('Statements')).toBeVisible()
  await shot(page, 'dark-search')
})
