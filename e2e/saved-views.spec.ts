import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  codeSeededWorkspace,
  DOCS_SCREENSHOTS,
  expect,
  expectAccessible,
  shot,
  SEED_TEXT as T,
  test
} from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * The analysis filter bar and saved views: a filter set in the bar is saved as a view, cleared, reopened from
 * the claims view (which then lists exactly its statements), and the save undoes. axe on the bar and the dialog.
 */

for (const scheme of ['light', 'dark'] as const) {
  test(`saved views from the analysis filter bar to the claims view, ${scheme}`, async ({
    page,
    workspace
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    if (scheme === 'dark') await page.setViewportSize({ width: 1024, height: 700 })
    else await page.setViewportSize({ width: 1440, height: 900 })
    const app = new AppPage(page)
    await codeSeededWorkspace(workspace.core)
    await app.ready()
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Analysis' }).click()

    const bar = page.getByRole('search', { name: 'Analysis filter' })
    const count = bar.locator('.filter-bar__count')
    await expect(count).toHaveText(/^\d+ statements$/)
    const all = Number((await count.textContent())!.split(' ')[0])

    // Escalation risk (with Nuclear signalling under it) codes five statements; two are in a "contradicts" link.
    const themes = bar.getByRole('combobox', { name: /Add a theme/ })
    await themes.pressSequentially('Escalation')
    await themes.press('Enter')
    await expect(bar.getByRole('listitem').filter({ hasText: 'Theme: Escalation risk' })).toBeVisible()
    await expect(count).toHaveText('5 statements')
    await bar.getByRole('combobox', { name: 'Relation' }).selectOption('contradicts')
    await expect(count).toHaveText('2 statements')
    await expectAccessible(page, 'analysis filter bar with a filter')
    const path = await shot(page, `filter-bar-${scheme}`)
    if (scheme === 'light') {
      await mkdir(DOCS_SCREENSHOTS, { recursive: true })
      await copyFile(path, join(DOCS_SCREENSHOTS, 'filter-bar.png'))
    }

    await bar.getByRole('button', { name: 'Save view…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save view' })
    const name = dialog.getByRole('textbox', { name: 'Name' })
    await expect(name).toBeFocused()
    await expect(dialog.getByRole('button', { name: 'Save view' })).toBeDisabled()
    await name.fill('Escalation disputes')
    await expectAccessible(page, 'save view dialog')
    await shot(page, `save-view-dialog-${scheme}`)
    await name.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(app.toast('Saved view “Escalation disputes”')).toBeVisible()
    const picker = bar.getByRole('combobox', { name: 'Open a saved view' })
    await expect(picker.locator('option:checked')).toHaveText('Escalation disputes')
    await expect(bar.getByRole('button', { name: 'Delete view Escalation disputes' })).toBeVisible()
    await app.notifications.getByRole('button', { name: 'Dismiss' }).click()
    await shot(page, `filter-bar-saved-${scheme}`)

    await bar.getByRole('button', { name: 'Clear' }).click()
    await expect(count).toHaveText(`${all} statements`)
    await expect(bar.getByRole('listitem')).toHaveCount(0)
    // The seeded article is dated 2024-05-30: a range after it keeps nothing, one around it keeps everything.
    await bar.getByLabel('From', { exact: true }).fill('2024-06-01')
    await expect(count).toHaveText('0 statements')
    await bar.getByLabel('From', { exact: true }).fill('2024-05-30')
    await bar.getByLabel('To', { exact: true }).fill('2024-05-30')
    await expect(count).toHaveText(`${all} statements`)
    await bar.getByRole('button', { name: 'Clear' }).click()
    await expect(bar.getByLabel('From', { exact: true })).toHaveValue('')

    await app.goTo('Claims')
    await app.claims.filters
      .getByRole('combobox', { name: 'Open a saved view' })
      .selectOption('Escalation disputes')
    await app.claims.expectCount(2)
    for (const fragment of [T.peskov, T.overblown]) await expect(app.claims.row(fragment)).toHaveCount(1)
    await shot(page, `claims-saved-view-${scheme}`)
    await expect(app.claims.root.getByText('Themes: Escalation risk · in a “contradicts” link')).toBeVisible()

    await app.pressOutsideFields('Control+z')
    await expect(app.toast('Undid: Save view “Escalation disputes”')).toBeVisible()
    const claimsPicker = app.claims.filters.getByRole('combobox', { name: 'Open a saved view' })
    await expect(claimsPicker).toBeDisabled()
    await expect(claimsPicker.locator('option')).toHaveText(['No saved views'])
    expect(workspace.pageErrors).toEqual([])
  })
}
