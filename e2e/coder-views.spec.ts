import type { CodersView, DocumentSummary, DocumentView } from '../src/shared/api'
import type { Theme } from '../src/shared/domain'
import { axeViolations, expect, formatViolations, shot, test } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * Who is coding, and whose codings the views show: Bob and Ann code the same statement with different themes;
 * in blind mode Ann sees only hers — in the theme counts, the claims Themes column and the inspector — and
 * switching coder in the top bar's panel shows only the new coder's.
 */

test('blind mode hides the other coder’s tag everywhere; the coder panel switches coder and refuses a bad name', async ({
  page,
  workspace
}) => {
  const core = workspace.core
  const app = new AppPage(page)
  const pledges = (await core.dispatch('themes.create', { name: 'Pledges' })) as Theme
  const threats = (await core.dispatch('themes.create', { name: 'Threats' })) as Theme
  const [doc] = (await core.dispatch('documents.list', {})) as DocumentSummary[]
  const [s1] = ((await core.dispatch('documents.get', { id: doc!.id })) as DocumentView).statements
  await core.dispatch('coders.setCurrent', { name: 'Bob' })
  await core.dispatch('statements.tag', { statementIds: [s1!.id], themeIds: [threats.id] })
  await core.dispatch('coders.setCurrent', { name: 'Ann' })
  await core.dispatch('statements.tag', { statementIds: [s1!.id], themeIds: [pledges.id] })

  const coderButton = app.topBar.getByRole('button', { name: /^Coding as / })
  const count = (name: string) => app.library.theme(name).locator('.theme-row__count')
  const row = () => app.claims.row(s1!.text.slice(0, 30))
  await app.ready()
  await expect(coderButton).toHaveText('Coding as Ann')
  await expect(count('Threats')).toHaveText('1 tagged')

  await test.step('blind mode, from the coder panel, by keyboard', async () => {
    await coderButton.focus()
    await page.keyboard.press('Enter')
    const panel = page.getByRole('dialog', { name: 'Coder' })
    await expect(
      panel.getByRole('group', { name: 'Code as' }).getByRole('button', { name: 'Ann' })
    ).toHaveAttribute('aria-pressed', 'true')
    await expect(
      panel.getByRole('group', { name: 'Code as' }).getByRole('button', { name: 'Ann' })
    ).toBeFocused()
    const violations = await axeViolations(page)
    expect(violations, formatViolations(violations)).toEqual([])
    await shot(page, 'coder-panel')
    await panel.getByRole('checkbox', { name: /^Blind mode/ }).check()
    await expect(app.topBar.getByText('Blind', { exact: true })).toBeVisible()
    await expect(
      panel.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Everyone’s codings' })
    ).toBeDisabled()
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await expect(coderButton).toBeFocused()
    const withBadge = await axeViolations(page, { include: 'header' })
    expect(withBadge, formatViolations(withBadge)).toEqual([])
  })

  await test.step('Bob’s tag is gone from the theme count, the claims Themes column and the inspector', async () => {
    await expect(count('Threats')).toHaveText('none tagged')
    await expect(count('Pledges')).toHaveText('1 tagged')
    await app.goTo('Claims')
    await expect(row().locator('.claims-themes')).toHaveText('Pledges')
    await row().click()
    await app.inspector.expectStatement(s1!.text.slice(0, 30))
    await expect(app.inspector.themeChips).toContainText('Pledges')
    await expect(app.inspector.themeChips).not.toContainText('Threats')
    await app.library.theme('Threats').click()
    await app.claims.expectCount(0)
  })

  await test.step('a bad name is refused inline; choosing Bob codes as Bob and shows only his', async () => {
    await coderButton.click()
    const panel = page.getByRole('dialog', { name: 'Coder' })
    const name = panel.getByRole('textbox', { name: 'New coder' })
    await name.fill('   ')
    await name.press('Enter')
    await expect(panel.getByRole('alert')).toHaveText('a coder name must not be empty')
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await name.fill('x'.repeat(101))
    await panel.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(panel.getByRole('alert')).toHaveText('a coder name must be at most 100 characters')
    expect(((await core.dispatch('coders.list', {})) as CodersView).coders).toHaveLength(3)
    await panel.getByRole('group', { name: 'Code as' }).getByRole('button', { name: 'Bob' }).click()
    await expect(coderButton).toHaveText('Coding as Bob')
    expect(((await core.dispatch('coders.list', {})) as CodersView).current?.name).toBe('Bob')
    await expect(count('Threats')).toHaveText('1 tagged')
    await expect(count('Pledges')).toHaveText('none tagged')
  })

  await test.step('everyone’s again: both tags, no badge', async () => {
    await coderButton.click()
    const panel = page.getByRole('dialog', { name: 'Coder' })
    await panel.getByRole('checkbox', { name: /^Blind mode/ }).uncheck()
    await panel
      .getByRole('group', { name: 'Show' })
      .getByRole('button', { name: 'Everyone’s codings' })
      .click()
    await expect(app.topBar.getByText('Blind', { exact: true })).toBeHidden()
    await expect(count('Threats')).toHaveText('1 tagged')
    await expect(count('Pledges')).toHaveText('1 tagged')
  })
  expect(workspace.pageErrors).toEqual([])
})
