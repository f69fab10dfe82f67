import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { makeTestPdf } from '../src/core/services/import/testing/make-test-pdf'
import type { DocumentSummary, ExportResult, WorkspaceInfo } from '../src/shared/api'
import { axeViolations, expect, formatViolations, shot, test, type Workspace } from './fixtures'

/*
 * The desktop app's import and export (issue 4) in browser mode: the top bar's Import… and Export…, drag and drop,
 * the duplicate question, progress with Cancel, and downloads. The core is only used to check what was saved.
 */

const TRANSCRIPT = [
  'MODERATOR: Welcome back to the briefing. We have a few minutes for questions.',
  '',
  'MS. RIVERA: Thank you. The convoy reached the border crossing on Tuesday. It was turned back twice.',
  '',
  'MODERATOR: Was anyone detained at the crossing?',
  '',
  'MS. RIVERA: Two drivers were held overnight. Both were released the next morning without charge.'
].join('\n')

const MARKDOWN = [
  '---',
  'title: Field notes from Kharkiv',
  'date: 2024-05-30',
  '---',
  '',
  '# Field notes',
  '',
  'Shelling resumed after dark. Residents moved to the metro stations again.',
  '',
  'The local council said repairs to the power grid would take at least a week.'
].join('\n')

const txt = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })

const documents = (w: Workspace) => w.core.dispatch('documents.list', {}) as Promise<DocumentSummary[]>

function importExport(page: Page) {
  const group = page.getByRole('group', { name: 'Import and export' })
  return {
    fileInput: group.locator('input[type="file"]'),
    importButton: group.getByRole('button', { name: 'Import…' }),
    exportButton: group.getByRole('button', { name: 'Export…' })
  }
}

const notifications = (page: Page) => page.getByRole('region', { name: 'Notifications' })
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' })

async function ready(page: Page, w: Workspace): Promise<void> {
  const [first] = await documents(w)
  await expect(library(page).getByText(first!.title, { exact: true }).first()).toBeVisible()
}

async function openExport(page: Page): Promise<Locator> {
  await importExport(page).exportButton.click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('imports a .txt and a .md picked with Import…, with statements, and opens them', async ({
  page,
  workspace
}) => {
  await ready(page, workspace)
  const before = await documents(workspace)
  const { fileInput, importButton } = importExport(page)
  await expect(importButton).toBeVisible()
  await fileInput.setInputFiles([txt('briefing.txt', TRANSCRIPT), txt('kharkiv.md', MARKDOWN)])

  await expect(notifications(page).getByText(/^Imported “briefing” — \d+ statements$/)).toBeVisible()
  await expect(
    notifications(page).getByText(/^Imported “Field notes from Kharkiv” — \d+ statements$/)
  ).toBeVisible()
  const after = await documents(workspace)
  expect(after).toHaveLength(before.length + 2)
  const briefing = after.find((d) => d.title === 'briefing')!
  const notes = after.find((d) => d.title === 'Field notes from Kharkiv')!
  expect(briefing.statementCount).toBeGreaterThanOrEqual(4)
  expect(notes.statementCount).toBeGreaterThanOrEqual(2)
  expect(notes.publishedAt).toBe('2024-05-30')

  await expect(library(page).getByText('briefing', { exact: true })).toBeVisible()
  await expect(library(page).getByText('Field notes from Kharkiv', { exact: true })).toBeVisible()
  // The first file of the batch is opened in the reader.
  await expect(
    page.getByRole('main').getByText('The convoy reached the border crossing on Tuesday.')
  ).toBeVisible()
  expect(workspace.pageErrors).toEqual([])
})

test('asks before importing the same text twice: Skip keeps one copy, Import again adds one', async ({
  page,
  workspace
}) => {
  await ready(page, workspace)
  const { fileInput } = importExport(page)
  await fileInput.setInputFiles([txt('briefing.txt', TRANSCRIPT)])
  await expect(notifications(page).getByText(/^Imported “briefing”/)).toBeVisible()
  const count = (await documents(workspace)).length

  await fileInput.setInputFiles([txt('briefing copy.txt', TRANSCRIPT)])
  const question = page.getByRole('dialog', { name: 'Already in the workspace' })
  await expect(question).toContainText(
    '“briefing copy.txt” is already in the workspace as “briefing”. Import it again anyway?'
  )
  await expect(question.getByRole('button', { name: 'Skip' })).toBeFocused()
  await shot(page, 'import-duplicate-question')
  await question.getByRole('button', { name: 'Skip' }).click()
  await expect(question).toBeHidden()
  await expect(notifications(page).getByText('Skipped “briefing copy.txt”', { exact: false })).toBeVisible()
  expect(await documents(workspace)).toHaveLength(count)

  await fileInput.setInputFiles([txt('briefing copy.txt', TRANSCRIPT)])
  await expect(question).toBeVisible()
  await question.getByRole('button', { name: 'Import again' }).click()
  await expect(notifications(page).getByText(/^Imported “briefing copy”/)).toBeVisible()
  expect(await documents(workspace)).toHaveLength(count + 1)
})

test('Escape answers the duplicate question with Skip', async ({ page, workspace }) => {
  await ready(page, workspace)
  await workspace.core.dispatch('import.file', {
    fileName: 'briefing.txt',
    base64: Buffer.from(TRANSCRIPT).toString('base64')
  })
  const count = (await documents(workspace)).length
  await importExport(page).fileInput.setInputFiles([txt('briefing again.txt', TRANSCRIPT)])
  const question = page.getByRole('dialog', { name: 'Already in the workspace' })
  await expect(question).toContainText('as “briefing”')
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  await expect(notifications(page).getByText(/^Skipped “briefing again.txt”/)).toBeVisible()
  expect(await documents(workspace)).toHaveLength(count)
})

test('a bad file gets an error toast naming it and changes nothing', async ({ page, workspace }) => {
  await ready(page, workspace)
  const info = (await workspace.core.dispatch('workspace.info', {})) as WorkspaceInfo
  const count = (await documents(workspace)).length
  await importExport(page).fileInput.setInputFiles([txt('empty.txt', '')])
  const alert = notifications(page).getByRole('alert')
  await expect(alert).toContainText('empty.txt is empty')
  expect(await documents(workspace)).toHaveLength(count)
  expect(((await workspace.core.dispatch('workspace.info', {})) as WorkspaceInfo).meta).toEqual(info.meta)
  // The refused request itself is logged by the browser; nothing else may be.
  expect(workspace.pageErrors.filter((e) => !/status of 400/.test(e))).toEqual([])
})

test('imports files dropped on the window, showing the drop overlay while dragging', async ({
  page,
  workspace
}) => {
  await ready(page, workspace)
  const count = (await documents(workspace)).length
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'dropped briefing.txt', { type: 'text/plain' }))
    return dt
  }, TRANSCRIPT)

  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await page.dispatchEvent('main', 'dragover', { dataTransfer })
  await expect(page.getByText('Drop files to import')).toBeVisible()
  await shot(page, 'import-drop-overlay')
  await page.dispatchEvent('main', 'drop', { dataTransfer })
  await expect(page.getByText('Drop files to import')).toBeHidden()
  await expect(notifications(page).getByText(/^Imported “dropped briefing” — \d+ statements$/)).toBeVisible()
  expect(await documents(workspace)).toHaveLength(count + 1)
})

test('a drag of text (not files) shows no overlay', async ({ page, workspace }) => {
  await ready(page, workspace)
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.setData('text/plain', 'just some text')
    return dt
  })
  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await page.waitForTimeout(200)
  await expect(page.getByText('Drop files to import')).toBeHidden()
})

/** 600 pages of 40 lines: the core takes a few seconds to read it. */
function longPdf(): Buffer {
  const page = (n: number) =>
    Array.from({ length: 40 }, (_, i) => `Report page ${n}, line ${i + 1}. The council met again today.`)
  return Buffer.from(makeTestPdf(Array.from({ length: 600 }, (_, n) => page(n + 1))))
}

/** Holds `import.file` requests until `release()`: the panel shows before the core has started. */
async function holdImports(page: Page): Promise<() => void> {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/op/import.file', async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('shows import progress with a Cancel button while an import runs', async ({ page, workspace }) => {
  await ready(page, workspace)
  const release = await holdImports(page)
  await importExport(page).fileInput.setInputFiles([
    txt('briefing.txt', TRANSCRIPT),
    txt('kharkiv.md', MARKDOWN)
  ])

  const panel = page.getByRole('region', { name: 'Import progress' })
  const bar = panel.getByRole('progressbar', { name: 'Importing “briefing.txt” (1 of 2)' })
  await expect(bar).toBeVisible()
  // The amount of work is unknown until the core reports it: an indeterminate bar has no value.
  await expect(bar).not.toHaveAttribute('aria-valuenow')
  await expect(panel).toContainText('Working…')
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeEnabled()
  await page.waitForTimeout(600) // the panel fades in
  await shot(page, 'import-progress')
  const violations = await axeViolations(page, { include: '.import-progress' })
  expect(violations, formatViolations(violations)).toEqual([])

  release()
  await expect(notifications(page).getByText(/^Imported “briefing”/)).toBeVisible()
  await expect(notifications(page).getByText(/^Imported “Field notes from Kharkiv”/)).toBeVisible()
  await expect(panel).toBeHidden()
})

// The core reads PDF pages without yielding to the event loop: the page-by-page progress events and tasks.cancel
// only reach it once every page has been read, so this cannot be timed reliably today (the client then undoes an
// import that finished despite Cancel, which the test below covers). Enable once
// src/core/services/import/import-pdf.ts yields between pages.
test('Cancel while the pages are being read stops the import', async ({ page, workspace }) => {
  test.setTimeout(180_000)
  await ready(page, workspace)
  const count = (await documents(workspace)).length
  await importExport(page).fileInput.setInputFiles([
    { name: 'long report.pdf', mimeType: 'application/pdf', buffer: longPdf() }
  ])
  const panel = page.getByRole('region', { name: 'Import progress' })
  await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /^[1-9]\d* of 600$/, {
    timeout: 90_000
  })
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await expect(
    notifications(page).getByText('Import of “long report.pdf” cancelled; nothing was changed')
  ).toBeVisible({ timeout: 90_000 })
  expect(await documents(workspace)).toHaveLength(count)
})

test('Cancel before the core has started the import still cancels it', async ({ page, workspace }) => {
  test.setTimeout(120_000)
  await ready(page, workspace)
  const count = (await documents(workspace)).length
  const release = await holdImports(page)
  await importExport(page).fileInput.setInputFiles([
    { name: 'long report.pdf', mimeType: 'application/pdf', buffer: longPdf() }
  ])
  const panel = page.getByRole('region', { name: 'Import progress' })
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel).toContainText('Cancelling…')
  release()
  await expect(
    notifications(page).getByText('Import of “long report.pdf” cancelled; nothing was changed')
  ).toBeVisible({ timeout: 60_000 })
  await expect(panel).toBeHidden()
  expect(await documents(workspace)).toHaveLength(count)
})

test('refuses a file over 50 MB before sending it', async ({ page, workspace }) => {
  await ready(page, workspace)
  let sent = false
  await page.route('**/api/op/import.file', (route) => {
    sent = true
    return route.continue()
  })
  const huge = join(workspace.dir, '..', `huge-${Date.now()}.txt`)
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 97))
  try {
    await importExport(page).fileInput.setInputFiles(huge)
  } finally {
    await rm(huge, { force: true })
  }
  await expect(notifications(page).getByRole('alert')).toContainText(
    /^huge-\d+\.txt is 50\.1 MB; the limit is 50 MB/
  )
  expect(sent).toBe(false)
})

test('exports Markdown with a preview and saves it as a download', async ({ page, workspace }) => {
  await ready(page, workspace)
  const info = (await workspace.core.dispatch('workspace.info', {})) as WorkspaceInfo
  const name = info.meta!.name
  const { suggestedName } = (await workspace.core.dispatch('export.run', {
    format: 'markdown'
  })) as ExportResult
  const dialog = await openExport(page)
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeFocused()
  const preview = dialog.getByLabel(/^Preview of /)
  await expect(preview).toContainText(name)
  await expect(dialog.getByText(`Saves ${suggestedName}`)).toBeVisible()
  await shot(page, 'export-dialog-markdown')
  const violations = await axeViolations(page, { include: '.export-dialog' })
  expect(violations, formatViolations(violations)).toEqual([])

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save' }).click()
  ])
  expect(download.suggestedFilename()).toBe(suggestedName)
  const content = await readFile(await download.path(), 'utf8')
  expect(content).toContain(`# ${name}`)
  await expect(dialog).toBeHidden()
  expect(workspace.pageErrors).toEqual([])
})

test('exports CSV rows and a REFI-QDA project, previewed as text and as a file list', async ({
  page,
  workspace
}) => {
  await ready(page, workspace)
  const dialog = await openExport(page)

  await dialog.getByRole('radio', { name: /^CSV/ }).check()
  await expect(dialog.getByRole('radio', { name: 'One per statement' })).toBeChecked()
  const csvPreview = dialog.getByLabel(/^Preview of .*\(statements\)\.csv$/)
  await expect(csvPreview).toBeVisible()
  const header = (await csvPreview.textContent())!.split('\n')[0]!
  expect(header).toMatch(/document/i)
  expect(header).toMatch(/speaker/i)
  await dialog.getByRole('radio', { name: 'One per annotation' }).check()
  await expect(dialog.getByLabel(/^Preview of .*\(annotations\)\.csv$/)).toBeVisible()

  await dialog.getByRole('radio', { name: /REFI-QDA project/ }).check()
  const files = dialog.getByLabel('Files to be saved')
  await expect(files).toContainText('.qdpx')
  await expect(files).toContainText('project.qde')
  await expect(files).toContainText(/\d+(\.\d)? KB/)
  await shot(page, 'export-dialog-qdpx')
  await page.emulateMedia({ colorScheme: 'dark' })
  await dialog.getByRole('radio', { name: /^Dossier JSON/ }).check()
  await expect(dialog.getByLabel(/^Preview of .*\.json$/)).toBeVisible()
  await shot(page, 'export-dialog-dark')
  await dialog.getByRole('radio', { name: /REFI-QDA project/ }).check()
  await expect(files).toContainText('project.qde')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.qdpx$/)
  const bytes = await readFile(await download.path())
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
})

test('exports an Obsidian vault as a zip and scopes an export to a theme', async ({ page, workspace }) => {
  await ready(page, workspace)
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: /^Obsidian/ }).check()
  const files = dialog.getByLabel('Files to be saved')
  await expect(files).toContainText('.md')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.zip$/)
  expect((await readFile(await download.path())).subarray(0, 2).toString('latin1')).toBe('PK')

  const again = await openExport(page)
  await again.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Escalation risk' })
  await expect(again.getByText(/Saves .* - Escalation risk\.md/)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(again).toBeHidden()
  await expect(importExport(page).exportButton).toBeFocused()
})
