import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  codeSeededWorkspace,
  DOCS_SCREENSHOTS,
  expect,
  expectAccessible,
  SEED_TEXT as T,
  shot,
  test
} from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * The matrix and relations views of the Analysis view on the coded seed article: the numbers, a cell down to its
 * statements in claims and back, relations narrowed to contradictions, a statement opened in the reader; axe in
 * light and dark.
 */

const DOCS = DOCS_SCREENSHOTS

async function openAnalysisByKeyboard(page: Page) {
  // The app may still be taking the focus as it loads: the two keys are pressed again until they open the view.
  await expect(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('g')
    await page.keyboard.press('a')
    await expect(page.getByRole('heading', { name: 'Analysis', level: 1 })).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 15_000 })
}

test('the matrix counts themes by document; a cell opens exactly its statements; back returns', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const coded = await codeSeededWorkspace(workspace.core)
  await app.ready()
  await openAnalysisByKeyboard(page)
  await expect(page.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true')

  const table = page.getByRole('table', { name: /Themes by documents/ })
  await expect(table).toBeVisible()
  // Escalation risk: four statements of its own and Nuclear signalling's one (tagged and highlighted), once each.
  const escalation = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Escalation risk/ }) })
  const cell = escalation.getByRole('button', { name: /^5 statements: Escalation risk × / })
  await expect(cell).toContainText('5')
  await expect(escalation.getByRole('cell').last()).toHaveText('5')
  // Nested: folding Escalation risk hides Nuclear signalling's row.
  await expect(table.getByRole('rowheader', { name: /Nuclear signalling/ })).toBeVisible()
  await escalation.getByRole('button', { name: 'Hide sub-themes of Escalation risk' }).click()
  await expect(table.getByRole('rowheader', { name: /Nuclear signalling/ })).toHaveCount(0)
  await escalation.getByRole('button', { name: 'Show sub-themes of Escalation risk' }).click()

  // Keyboard: arrows move between cells, Enter opens.
  await cell.focus()
  await page.keyboard.press('ArrowDown')
  await expect(table.getByRole('button', { name: /statements?: Nuclear signalling × / })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(cell).toBeFocused()
  await page.keyboard.press('Enter')

  await app.claims.expectCount(5)
  for (const fragment of [T.escalate, T.peskov, T.overblown, T.empty, T.exercises])
    await expect(app.claims.row(fragment)).toHaveCount(1)
  await page.getByRole('button', { name: '← Back to Matrix' }).click()
  await expect(table).toBeVisible()

  // A new tag shows at once, and its undo takes it away again.
  await workspace.core.dispatch('statements.tag', {
    statementIds: [coded.statementId(T.saber)],
    themeIds: [coded.themeId('Nuclear signalling')]
  })
  await expect(escalation.getByRole('button', { name: /^6 statements: Escalation risk × / })).toBeVisible()
  await workspace.core.dispatch('history.undo', {})
  await expect(cell).toBeVisible()

  // Speakers × relation: who is at either end of a contradiction.
  await page.getByRole('combobox', { name: 'Rows' }).selectOption('speakers')
  await page.getByRole('combobox', { name: 'Columns' }).selectOption('relation')
  const byRelation = page.getByRole('table', { name: /Speakers by relations/ })
  await expect(byRelation.getByRole('columnheader', { name: 'contradicts' })).toBeVisible()
  const peskov = byRelation.getByRole('button', { name: '1 statement: Dmitry Peskov × contradicts' })
  await expect(peskov).toBeVisible()
  await peskov.click()
  await app.claims.expectCount(1)
  await expect(app.claims.row(T.peskov)).toHaveCount(1)
  await page.getByRole('button', { name: '← Back to Matrix' }).click()
  await expect(byRelation).toBeVisible()
  expect(coded.noteId).toBeTruthy()
  expect(workspace.pageErrors).toEqual([])
})

test('relations: every link, contradictions only, a same-claim cluster; a statement opens in the reader', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const coded = await codeSeededWorkspace(workspace.core)
  for (const [from, to] of [
    [T.saber, T.exercises],
    [T.exercises, T.escalate]
  ])
    await workspace.core.dispatch('links.create', {
      fromId: coded.statementId(from!),
      toId: coded.statementId(to!),
      relation: 'same-claim'
    })
  await app.ready()
  await openAnalysisByKeyboard(page)
  await page.getByRole('tab', { name: 'Relations' }).click()
  const table = page.getByRole('table', { name: /Cross-references/ })
  await expect(page.getByText('5 links · 1 same-claim cluster')).toBeVisible()
  await expect(
    table.getByRole('columnheader', { name: 'Same claim · cluster 1 · 3 statements' })
  ).toBeVisible()

  await page.getByRole('button', { name: /All contradictions/ }).click()
  await expect(page.getByRole('button', { name: /All contradictions/ })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row').nth(1)).toContainText('Contradicts')
  await expect(table.getByRole('row').nth(1)).toContainText('Jones dismisses the escalation Peskov claims')

  await table.getByRole('button', { name: new RegExp(T.peskov) }).click()
  await expect.poll(() => app.reader.selectedText()).toContain(T.peskov)
  expect(workspace.pageErrors).toEqual([])
})

for (const scheme of ['light', 'dark'] as const)
  test(`matrix and relations are accessible in ${scheme} mode`, async ({ page, workspace }) => {
    const app = new AppPage(page)
    const coded = await codeSeededWorkspace(workspace.core)
    await workspace.core.dispatch('links.create', {
      fromId: coded.statementId(T.saber),
      toId: coded.statementId(T.exercises),
      relation: 'same-claim'
    })
    await page.emulateMedia({ colorScheme: scheme })
    const size = scheme === 'light' ? { width: 1440, height: 900 } : { width: 1024, height: 700 }
    await page.setViewportSize(size)
    await app.ready()
    await openAnalysisByKeyboard(page)
    await expect(page.getByRole('table', { name: /Themes by documents/ })).toBeVisible()
    await page.getByRole('combobox', { name: 'Columns' }).selectOption('themes')
    await expect(page.getByRole('table', { name: /Themes by themes/ })).toBeVisible()
    await expectAccessible(page, `matrix, ${scheme}`)
    await page.getByRole('checkbox', { name: 'Row %' }).check()
    await expectAccessible(page, `matrix, row %, ${scheme}`)
    await page.getByRole('checkbox', { name: 'Row %' }).uncheck()
    await page.getByRole('combobox', { name: 'Columns' }).selectOption('speakers')
    await expect(page.getByRole('table', { name: /Themes by speakers/ })).toBeVisible()
    await mkdir(DOCS, { recursive: true })
    if (scheme === 'light') await page.screenshot({ path: join(DOCS, 'matrix.png') })
    else await shot(page, 'matrix-dark')

    await page.getByRole('tab', { name: 'Relations' }).click()
    await expect(page.getByRole('table', { name: /Cross-references/ })).toBeVisible()
    await expectAccessible(page, `relations, ${scheme}`)
    if (scheme === 'light') await page.screenshot({ path: join(DOCS, 'relations.png') })
    else await shot(page, 'relations-dark')
  })
