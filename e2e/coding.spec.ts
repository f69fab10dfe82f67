import { join } from 'node:path'
import type { CodersView, DocumentSummary, DocumentView } from '../src/shared/api'
import type { Theme } from '../src/shared/domain'
import {
  axeViolations,
  codeSeededWorkspace,
  DOCS_SCREENSHOTS,
  expect,
  formatViolations,
  test,
  type Workspace
} from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * One coding model, end to end: a theme applied to words inside a statement (Tag… on a selection) codes that
 * statement, so the codebook's count and the claims view filtered by the theme agree, and undo takes both back.
 */

const themeNamed = async (w: Workspace, name: string) =>
  ((await w.core.dispatch('themes.list', {})) as Theme[]).find((t) => t.name === name)!

const PHRASE = 'nuclear-armed adversary'
const THEME = 'Alliance unity'

test('tagging words codes their statement: the sidebar count and the filtered claims agree, undo clears both', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const [doc] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  const count = app.library.theme(THEME).locator('.theme-row__count')
  await app.ready()
  await app.library.openDocument(doc!.title)
  await expect(count).toHaveText('none tagged')

  await test.step('select words in the reader and tag them with a theme through Tag…', async () => {
    await app.reader.dragSelect(PHRASE)
    await app.reader.bubble.getByRole('button', { name: 'Tag…' }).click()
    await expect(app.reader.bubbleTheme).toBeFocused()
    await page.keyboard.type(THEME)
    await expect(page.getByRole('option', { name: THEME })).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(app.toast(`Highlighted and tagged “${THEME}”`)).toBeVisible()
  })

  await test.step('the theme’s count and the claims filtered by it both say 1 statement', async () => {
    await expect(count).toHaveText('1 tagged')
    await app.library.theme(THEME).click()
    await expect(app.tab('Claims')).toHaveAttribute('aria-selected', 'true')
    await expect(app.claims.activeFilters).toContainText(`Theme: ${THEME}`)
    await app.claims.expectCount(1)
    const chip = app.claims.rows.first().locator('.claims-theme--span')
    await expect(chip).toHaveCount(1)
    await expect(chip).toHaveText(`${THEME}, coded through a highlight: “${PHRASE}”`)
    await expect(chip).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)')
    const violations = await axeViolations(page, { include: '[role="grid"]' })
    expect(violations, formatViolations(violations)).toEqual([])
  })

  await test.step('the statement inspector lists the theme with the highlight’s quote, and who coded it', async () => {
    await app.claims.rows.first().click()
    const through = app.inspector.root.getByRole('list', { name: 'Through highlights' })
    await expect(through.getByRole('listitem')).toHaveCount(1)
    await expect(through).toContainText(THEME)
    await expect(through).toContainText(PHRASE)
    const { current } = (await workspace.core.dispatch('coders.list', {})) as CodersView
    await expect(app.inspector.root.locator('.coding-credits')).toHaveText(
      new RegExp(`^Coded by ${current!.name}, .*\\d{4}$`)
    )
  })

  await test.step('undo makes both 0', async () => {
    await app.undoButton().click()
    await expect(count).toHaveText('none tagged')
    await app.goTo('Claims')
    await expect(app.claims.count).toHaveText('0 statements match')
    await expect(app.claims.rows).toHaveCount(0)
  })
})

test('claims and inspector with whole and span codings, light and dark: axe clean, screenshots', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  await codeSeededWorkspace(workspace.core)
  const [doc] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  const view = (await workspace.core.dispatch('documents.get', { id: doc!.id })) as DocumentView
  const [s1, s2] = view.statements
  // A highlight from the end of the first statement into the second: it codes both.
  await workspace.core.dispatch('annotations.create', {
    documentId: doc!.id,
    start: s1!.end - 24,
    end: s2!.start + 26,
    themeIds: [(await themeNamed(workspace, 'Alliance unity')).id]
  })
  await app.ready()
  await app.library.theme('Alliance unity').click()
  await app.claims.expectCount(4) // two tagged as a whole, two through the highlight
  await expect(app.claims.rows.locator('.claims-theme--span')).toHaveCount(2)
  await app.claims.rows.filter({ hasText: s2!.text.slice(0, 30) }).click()
  await app.inspector.expectStatement(s2!.text.slice(0, 30))
  await app.goTo('Claims')
  for (const [scheme, width, height] of [
    ['light', 1440, 900],
    ['dark', 1024, 700]
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, `coding-claims-${scheme}.png`) })
    const violations = (await axeViolations(page)).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical'
    )
    expect(violations, `${scheme}: ${formatViolations(violations)}`).toEqual([])
  }
})
