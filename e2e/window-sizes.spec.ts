import type { Locator, Page } from '@playwright/test'
import type { ExportResult } from '../src/shared/api'
import type { Note } from '../src/shared/domain'
import { codeSeededWorkspace, expect, SEED_TEXT as T, shot, test } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * Every window size (issue 12, part 4): at 1024×700, 1280×800 and 1440×900, light and dark, each main screen keeps
 * its controls whole: dialog buttons keep their size, the search hint stays on one line, the notes editor and the
 * claims statement column keep a readable width, and below 1180 px the inspector is a drawer over the view.
 * Screenshots go to artifacts/screenshots/sizes-*.png.
 */

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 }
] as const
const DRAWER_BELOW = 1180

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error(`${locator} has no box`)
  return b
}

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The element's box lies inside the window. */
async function expectInWindow(page: Page, locator: Locator): Promise<void> {
  const b = await box(locator)
  const vp = page.viewportSize()!
  expect(b.x).toBeGreaterThanOrEqual(0)
  expect(b.y).toBeGreaterThanOrEqual(0)
  expect(b.x + b.width).toBeLessThanOrEqual(vp.width + 0.5)
  expect(b.y + b.height).toBeLessThanOrEqual(vp.height + 0.5)
}

/** The top bar's left part (workspace name, coder) and its actions stay clear of the tabs, and inside the window. */
async function expectTopBarFits(app: AppPage): Promise<void> {
  const bar = app.topBar
  const tabs = await box(bar.getByRole('tablist', { name: 'Views' }))
  const parts = bar.locator('.top-bar__brand > *, .top-bar__actions > *')
  for (let i = 0; i < (await parts.count()); i++) {
    const part = parts.nth(i)
    if (!(await part.isVisible())) continue
    const b = await box(part)
    if (b.width === 0) continue
    expect(overlaps(b, tabs), `${await part.evaluate((e) => e.className)} overlaps the tabs`).toBe(false)
    await expectInWindow(app.page, part)
  }
  const brand = bar.locator('.top-bar__brand')
  const fit = await brand.evaluate(
    (e) => `${e.scrollWidth} in ${e.clientWidth}; ${e.parentElement!.className}`
  )
  expect(fit, `the top bar's left part at ${app.page.viewportSize()!.width} px`).toMatch(/^(\d+) in (\d+);/)
  const [, need, has] = /^(\d+) in (\d+);/.exec(fit)!
  expect(Number(need), `${fit} at ${app.page.viewportSize()!.width} px`).toBeLessThanOrEqual(Number(has) + 1)
}

test('the top bar makes room for a long coder name and team status at every width, and gives it back', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  await page.setViewportSize({ width: 1440, height: 900 })
  await app.ready()
  await workspace.core.dispatch('coders.setCurrent', { name: 'Alexandra Konstantinopoulou-Whitfield' })
  const coder = app.topBar.locator('.coder-picker__button')
  await expect(coder).toContainText('Alexandra')
  for (const width of [1920, 1440, 1366, 1280, 1180, 1100, 1024]) {
    await page.setViewportSize({ width, height: 800 })
    await expect(coder).toBeVisible()
    // The bar compacts once it has measured the new width.
    await expect(() => expectTopBarFits(app)).toPass({ timeout: 3000 })
    if (width === 1280) await shot(page, 'sizes-top-bar-long-coder-1280')
  }
  // Wide again: the labels come back.
  await page.setViewportSize({ width: 1920, height: 900 })
  await expect(app.topBar.getByRole('button', { name: 'Import…' })).toContainText('Import')
  await expect(app.topBar.locator('.top-bar__search kbd')).toBeVisible()
})

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    const name = `${size.width}x${size.height}-${scheme}`
    const drawer = size.width < DRAWER_BELOW

    test(`every screen at ${name}`, async ({ page, workspace }) => {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      const coded = await codeSeededWorkspace(workspace.core)
      const app = new AppPage(page)
      await app.ready()

      // Top bar: nothing in it overlaps the tabs; the search button's shortcut hint sits on one line, inside the
      // button, or (where five tabs, the back/forward buttons and the actions share a narrow bar) is left out.
      await expectTopBarFits(app)
      const search = app.topBar.getByRole('button', { name: /Search/ })
      const hint = search.locator('kbd')
      const searchBox = await box(search)
      if (size.width < 1180) await expect(hint).toBeHidden()
      else if (await hint.isVisible()) {
        const hintBox = await box(hint)
        expect(hintBox.height).toBeLessThan(24)
        expect(hintBox.x + hintBox.width).toBeLessThanOrEqual(searchBox.x + searchBox.width + 0.5)
      }
      expect(searchBox.height).toBeLessThanOrEqual(32)

      // Reader with a selected statement: the inspector is docked, or a drawer over the reader below 1180 px.
      await app.library.openDocument(coded.document.title)
      await app.reader.clickStatement(T.safeHaven)
      const toggle = app.topBar.getByRole('button', { name: 'Inspector' })
      const pane = page.locator('#inspector-pane')
      const reader = page.getByRole('tabpanel')
      if (drawer) {
        await expect(pane).toBeHidden()
        await expect(toggle).toHaveAttribute('aria-expanded', 'false')
        const readerWidth = (await box(reader)).width
        expect(readerWidth).toBeGreaterThan(size.width - 300)
        await toggle.click()
        await expect(toggle).toHaveAttribute('aria-expanded', 'true')
        await app.inspector.expectStatement(T.safeHaven)
        await expect(pane).toHaveCSS('position', 'fixed')
        // An overlay: the reader keeps its width under it.
        expect((await box(reader)).width).toBe(readerWidth)
        await expect(pane).toBeFocused()
        await expectInWindow(page, pane)
        await shot(page, `sizes-${name}-reader-drawer`)
        await page.keyboard.press('Escape')
        await expect(pane).toBeHidden()
        await expect(toggle).toBeFocused()
        // Enter on a selected statement opens the drawer on its panel.
        await app.reader.clickStatement(T.britain)
        await page.keyboard.press('Enter')
        await app.inspector.expectStatement(T.britain)
        await page.keyboard.press('Escape')
        await expect(pane).toBeHidden()
      } else {
        await app.inspector.expectStatement(T.safeHaven)
        await expect(pane).toHaveCSS('position', 'static')
        const paneBox = await box(pane)
        expect(overlaps(paneBox, await box(reader))).toBe(false)
        await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      }
      await shot(page, `sizes-${name}-reader`)

      // Claims: a readable statement column.
      await app.goTo('Claims')
      await expect(app.claims.rows.first()).toBeVisible()
      const statementCell = app.claims.rows.first().locator('[aria-colindex="1"]')
      expect((await box(statementCell)).width).toBeGreaterThanOrEqual(280)
      await expectInWindow(page, app.claims.rows.first().locator('[role="gridcell"]').last())
      await shot(page, `sizes-${name}-claims`)

      // Notes with a note open: the editor keeps a usable width.
      await app.goTo('Notes')
      await app.notes.root.getByRole('button', { name: /^Is escalation real/ }).click()
      await expect(app.notes.title).toHaveValue(/Is escalation real/)
      expect((await box(app.notes.body)).width).toBeGreaterThanOrEqual(420)
      await shot(page, `sizes-${name}-notes`)

      // Analysis.
      await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Analysis' }).click()
      await expect(page.getByRole('tablist', { name: 'Analysis views' })).toBeVisible()
      await shot(page, `sizes-${name}-analysis`)

      // The export dialog: footer buttons keep their size and do not overlap.
      await page
        .getByRole('group', { name: 'Import and export' })
        .getByRole('button', { name: 'Export…' })
        .click()
      const dialog = page.getByRole('dialog', { name: 'Export' })
      await expect(dialog).toBeVisible()
      await expect(dialog.getByText(/^Saves/)).toBeVisible()
      const buttons = [
        dialog.getByRole('button', { name: 'Cancel' }),
        dialog.getByRole('button', { name: 'Save' })
      ]
      const boxes = await Promise.all(buttons.map(box))
      for (const b of boxes) {
        expect(b.width).toBeGreaterThanOrEqual(60)
        expect(b.height).toBeGreaterThanOrEqual(28)
      }
      expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false)
      expect(overlaps(boxes[0]!, await box(dialog.locator('.export-dialog__target')))).toBe(false)
      for (const b of buttons) await expectInWindow(page, b)
      await shot(page, `sizes-${name}-export`)
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect(dialog).toBeHidden()

      // The search palette with results.
      await search.click()
      await app.search.input.fill('escalation')
      await expect(app.search.results.getByRole('option').first()).toBeVisible()
      await expectInWindow(page, app.search.dialog)
      await shot(page, `sizes-${name}-search`)
      await page.keyboard.press('Escape')
      expect(workspace.pageErrors).toEqual([])
    })
  }
}

test('a chip followed by a full stop is saved and exported as "chip." with no double spaces', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  await app.ready()
  await app.goTo('Notes')
  await app.notes.newNote('Spacing')
  await page.keyboard.type('Jones argues ')
  await app.notes.cite('@', 'overblown', 'overblown')
  await page.keyboard.type('. See ')
  await page.keyboard.type('#Escal')
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.type(' too.')
  await app.notes.expectSaved()

  // The #theme chip takes its theme's colour.
  const themes = (await workspace.core.dispatch('themes.list', {})) as { name: string; color: string }[]
  const color = themes.find((t) => t.name === 'Escalation risk')!.color
  const chip = app.notes.body.locator('[data-theme-ref]')
  await expect(chip).toHaveText('#Escalation risk')
  expect(await chip.evaluate((el) => getComputedStyle(el).getPropertyValue('--chip-theme').trim())).toBe(
    color
  )
  await shot(page, 'sizes-note-chips')

  const notes = (await workspace.core.dispatch('notes.list', {})) as { id: string; title: string }[]
  const note = (await workspace.core.dispatch('notes.get', {
    id: notes.find((n) => n.title === 'Spacing')!.id
  })) as Note
  const inline = note.content.content![0]!.content!
  const after = inline[inline.findIndex((n) => n.type === 'statementRef') + 1]
  expect(after).toMatchObject({ type: 'text', text: '. See ' })

  const result = (await workspace.core.dispatch('export.run', { format: 'markdown' })) as ExportResult
  const markdown = result.files.map((f) => f.text ?? '').join('\n')
  const line = markdown.split('\n').find((l) => l.includes('Jones argues'))
  expect(line).toMatch(/\S\. See \S.* too\.$/)
  expect(line).not.toMatch(/ {2}| \./)
})
