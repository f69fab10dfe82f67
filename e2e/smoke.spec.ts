import type { DocumentSummary } from '../src/shared/api'
import { axeViolations, expect, formatViolations, shot, test } from './fixtures'
import { AppPage } from './pages/app-page'

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

test('opens the seeded article at once, and after a reload the document last read and the inspector as left', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const [seeded] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  await expect(app.reader.title).toHaveText(seeded!.title)
  const text = '# Talks\n\nThe minister said the talks would resume next week.\n'
  await workspace.core.dispatch('import.file', {
    fileName: 'talks.md',
    base64: Buffer.from(text).toString('base64'),
    title: 'Geneva talks'
  })
  await app.library.openDocument('Geneva talks')
  await expect(app.reader.title).toHaveText('Geneva talks')

  // Claims with nothing selected leaves out the inspector; the toggle brings it back, and that is remembered.
  await app.goTo('Claims')
  await expect(app.inspector.root).toHaveCount(0)
  await page.getByRole('button', { name: 'Inspector' }).click()
  await expect(app.inspector.root).toBeVisible()

  await page.reload()
  await expect(app.reader.title).toHaveText('Geneva talks')
  await app.goTo('Claims')
  await expect(app.inspector.root).toBeVisible()
  await app.pressOutsideFields('Control+.')
  await expect(app.inspector.root).toHaveCount(0)
  expect(workspace.pageErrors).toEqual([])
})
