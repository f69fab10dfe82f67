import type { Page } from '@playwright/test'
import type { AgreementResult, StatementDetail } from '../src/shared/api'
import type { Theme } from '../src/shared/domain'
import { expect, expectAccessible, shot, test, type Workspace } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * The Agreement tab of the Analysis view: two coders tag the seed article differently (switching coder through the
 * API); the tab shows their agreement per theme, a theme drills down to the statements they disagree on, Accept
 * settles one, and the toast's Undo takes it back. Axe in light and dark, at two window sizes.
 */

interface Coded {
  ann: string
  bob: string
  risk: string
  /** Statement ids of the article, by position (1-based, as the seed numbers them). */
  statement: (n: number) => string
}

/** Ann tags statements 1–3 "Risk" and 4 "Cost"; Bob tags 1, 2 and 5 "Risk" and 4 "Cost". */
async function twoCoders(w: Workspace): Promise<Coded> {
  const [doc] = (await w.core.dispatch('documents.list', {})) as { id: string }[]
  const statement = (n: number) => `${doc!.id}.${n}`
  const risk = (await w.core.dispatch('themes.create', { name: 'Risk' })) as Theme
  const cost = (await w.core.dispatch('themes.create', { name: 'Cost' })) as Theme
  const as = async (name: string, risky: number[]) => {
    const { current } = (await w.core.dispatch('coders.setCurrent', { name })) as { current: { id: string } }
    await w.core.dispatch('statements.tag', { statementIds: risky.map(statement), themeIds: [risk.id] })
    await w.core.dispatch('statements.tag', { statementIds: [statement(4)], themeIds: [cost.id] })
    return current.id
  }
  const ann = await as('Ann', [1, 2, 3])
  const bob = await as('Bob', [1, 2, 5])
  return { ann, bob, risk: risk.id, statement }
}

async function openAgreement(page: Page) {
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Analysis' }).click()
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await expect(page.getByRole('tab', { name: 'Agreement' })).toHaveAttribute('aria-selected', 'true')
}

const codedBy = async (w: Workspace, id: string) =>
  ((await w.core.dispatch('statements.get', { id })) as StatementDetail).statement

test('agreement per theme, a theme down to its disagreements, Accept one and Undo', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const c = await twoCoders(workspace)
  await app.ready()
  await page.setViewportSize({ width: 1440, height: 900 })
  await openAgreement(page)

  const coders = page.getByRole('group', { name: 'Coders to compare' })
  await expect(coders.getByRole('checkbox', { name: /^Ann/ })).toBeChecked()
  await expect(coders.getByRole('checkbox', { name: /^Bob/ })).toBeChecked()

  const expected = (await workspace.core.dispatch('analysis.agreement', {
    coderIds: [c.ann, c.bob]
  })) as AgreementResult
  const risk = expected.themes.find((t) => t.themeId === c.risk)!
  // Two of the article's statements in dispute (3: Ann only; 5: Bob only), every other one agreed on.
  expect(risk.percentAgreement).toBeCloseTo((100 * (risk.units - 2)) / risk.units, 10)
  const table = page.getByRole('table', { name: /Agreement between Ann, Bob/ })
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Risk' }) })
  await expect(row.getByRole('cell').nth(0)).toHaveText(String(risk.units))
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${risk.percentAgreement!.toFixed(1)} %`)
  await expect(row.getByRole('cell').nth(2)).toHaveText(risk.kappa!.toFixed(3))
  await expect(row.getByRole('cell').nth(4)).toHaveText(risk.alpha!.toFixed(3))
  await expect(row).toContainText('weakest')
  await expect(
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Overall' }) })
  ).toBeVisible()
  await expectAccessible(page, 'agreement, light')
  await shot(page, 'agreement-1440-light')

  // Keyboard: the theme's button opens the drill-down with Enter.
  await row.getByRole('button', { name: 'Risk' }).focus()
  await page.keyboard.press('Enter')
  const drill = page.getByRole('region', { name: /Disagreements on “Risk”/ })
  await expect(drill.getByRole('heading')).toHaveText('Disagreements on “Risk” · 2')
  const first = drill.getByRole('row').filter({ hasText: 'Accept Ann' }).first()
  await expect(first.getByRole('cell').nth(1)).toHaveText('✓ Applied')
  await expect(first.getByRole('cell').nth(2)).toHaveText('✗ Not applied')
  await expectAccessible(page, 'agreement drill-down, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectAccessible(page, 'agreement drill-down, dark')
  await shot(page, 'agreement-1440-dark')
  await page.setViewportSize({ width: 1024, height: 700 })
  await shot(page, 'agreement-1024-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await shot(page, 'agreement-1024-light')

  const before = await codedBy(workspace, c.statement(3))
  await first.getByRole('button', { name: 'Accept Ann' }).click()
  const toast = page
    .getByRole('region', { name: 'Notifications' })
    .locator('.toast')
    .filter({ hasText: 'Settled “Risk”: accepted Ann' })
  await expect(toast).toBeVisible()
  await expect(drill.getByRole('heading')).toHaveText('Disagreements on “Risk” · 1')
  const settled = await codedBy(workspace, c.statement(3))
  expect(
    settled.codedBy
      ?.filter((x) => x.themeId === c.risk)
      .map((x) => x.createdBy)
      .sort()
  ).toEqual([c.ann, c.bob].sort())

  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(drill.getByRole('heading')).toHaveText('Disagreements on “Risk” · 2')
  expect(await codedBy(workspace, c.statement(3))).toEqual(before)
  expect(workspace.pageErrors).toEqual([])
})

test('with fewer than two coders chosen the tab says so', async ({ page, workspace }) => {
  const app = new AppPage(page)
  await twoCoders(workspace)
  await app.ready()
  await openAgreement(page)
  await page
    .getByRole('group', { name: 'Coders to compare' })
    .getByRole('checkbox', { name: /^Bob/ })
    .uncheck()
  await expect(page.getByText('Choose two or more coders')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeDisabled()
})
