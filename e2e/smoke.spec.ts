import type { DocumentSummary } from '../src/shared/api'
import { axeViolations, expect, formatViolations, shot, test } from './fixtures'

test('loads the app and shows the seeded article', async ({ page, workspace }) => {
  const documents = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  const title = documents[0]?.title
  expect(title, 'the seeded workspace has a document').toBeTruthy()
  await expect(page.getByText(title!, { exact: true }).first()).toBeVisible()
  expect(page.url(), 'the token leaves the address bar').not.toContain('token=')
  await shot(page, 'smoke')
  expect(workspace.pageErrors).toEqual([])
})

test('keeps working after a reload (token kept in sessionStorage)', async ({ page, workspace }) => {
  const [first] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  await page.reload()
  await expect(page.getByText(first!.title, { exact: true }).first()).toBeVisible()
  expect(workspace.pageErrors).toEqual([])
})

test('has no serious or critical accessibility violations on load', async ({ page, workspace }) => {
  const [first] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  await expect(page.getByText(first!.title, { exact: true }).first()).toBeVisible()
  const violations = await axeViolations(page)
  expect(violations, formatViolations(violations)).toEqual([])
})

test('the axe helper really runs under the app’s CSP (harness self-check)', async ({ page, workspace }) => {
  expect(workspace.url).toContain('#token=')
  await page.evaluate(() => {
    const button = document.createElement('button')
    button.id = 'unnamed-button'
    document.body.append(button)
  })
  const violations = await axeViolations(page, { include: '#unnamed-button' })
  expect(violations.map((v) => v.id)).toContain('button-name')
})
