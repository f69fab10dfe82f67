import { codeSeededWorkspace, expect, expectAccessible, SEED_TEXT as T, test } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * axe-core on the main screens of a coded workspace, light and dark: no serious or critical violations.
 * Each screen is brought about through the UI and checked to be showing what it should before axe runs.
 */

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
    })

    test('reader, statement inspector, highlight inspector and link picker', async ({ page, workspace }) => {
      const app = new AppPage(page)
      const coded = await codeSeededWorkspace(workspace.core)
      await app.ready()
      await expectAccessible(page, 'first screen')

      await app.library.openDocument(coded.document.title)
      await expect(app.reader.highlight(coded.view.annotations[0]!.id).first()).toBeVisible()
      await expectAccessible(page, 'reader')

      await app.reader.clickStatement(T.safeHaven)
      await app.inspector.expectStatement(T.safeHaven)
      await expect(app.inspector.link('← supported by')).toBeVisible()
      await expect(app.inspector.noteEditor('a sort of safe haven')).toBeVisible()
      await expectAccessible(page, 'statement inspector with highlights and a backlink')

      const peskovNote = coded.view.annotations.find((a) => a.quote.exact === 'they are in it')!
      await app.reader.highlight(peskovNote.id).first().click()
      await expect(app.inspector.heading).toHaveText('Highlight')
      await expectAccessible(page, 'highlight inspector')

      await app.reader.dragSelect('long resisted allowing Ukraine')
      await expectAccessible(page, 'selection bubble')

      await app.reader.clickStatement(T.britain)
      await page.keyboard.press('l')
      await expect(app.linkPicker.search).toBeFocused()
      await app.linkPicker.search.pressSequentially('Scholz')
      await expect(app.linkPicker.results.getByRole('option')).toHaveCount(1)
      await expectAccessible(page, 'link picker, searching')
      await page.keyboard.press('Enter')
      await expect(app.linkPicker.dialog.getByRole('radio', { name: /^Supports/ })).toBeFocused()
      await expectAccessible(page, 'link picker, choosing the relation')
    })

    test('claims, notes, search palette and help', async ({ page, workspace }) => {
      const app = new AppPage(page)
      await codeSeededWorkspace(workspace.core)
      await app.ready()

      await app.library.theme('Escalation risk').click()
      await app.claims.expectCount(5)
      await expectAccessible(page, 'claims filtered by theme')
      await app.claims.speaker.selectOption({ label: 'Jens Stoltenberg' })
      await expect(app.claims.count).toHaveText('0 statements match')
      await expectAccessible(page, 'claims with no match')

      await app.goTo('Notes')
      await expect(app.notes.chip('fears about a Russian escalation')).toBeVisible()
      await app.notes.chip('fears about a Russian escalation').hover()
      await expect(page.getByRole('tooltip')).toBeVisible()
      await expectAccessible(page, 'notes with a statement chip and its hover card')

      await app.notes.body.click()
      await page.keyboard.press('End')
      await page.keyboard.type(' @nuclear')
      await expect(app.notes.suggestions.getByRole('option').first()).toBeVisible()
      // Focus stays in the text, which controls the list as a combobox and points at the active option.
      const text = app.notes.root.getByRole('combobox', { name: 'Note text' })
      await expect(text).toBeFocused()
      const active = await text.getAttribute('aria-activedescendant')
      await expect(app.notes.suggestions.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true')
      await page.keyboard.press('ArrowDown')
      await expect(text).not.toHaveAttribute('aria-activedescendant', active!)
      await expectAccessible(page, 'notes with the statement suggestions open')
      await page.keyboard.press('Escape')
      await expect(app.notes.suggestions).toBeHidden()
      await expect(app.notes.body).toBeFocused()

      await app.pressOutsideFields('Control+K')
      await page.keyboard.type('nuclear')
      await expect(app.search.group('Statements')).toBeVisible()
      await expectAccessible(page, 'search palette with results')
      await page.keyboard.press('Escape')

      await app.pressOutsideFields('?')
      await expect(app.help).toBeVisible()
      await expectAccessible(page, 'help overlay')
    })
  })
}
