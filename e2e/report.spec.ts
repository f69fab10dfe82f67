import type { Locator, Page } from '@playwright/test'
import type { ExportResult } from '../src/shared/api'
import { codeSeededWorkspace, expect, expectAccessible, shot, test } from './fixtures'

/*
 * The report (issue 12): the Export dialog previews the Markdown report rendered, not as Markdown source, and
 * offers the same report as Word and print-ready HTML.
 */

async function openExport(page: Page): Promise<Locator> {
  await page
    .getByRole('group', { name: 'Import and export' })
    .getByRole('button', { name: 'Export…' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('the Export dialog shows the report rendered: headings, whole quotes, sources; no Markdown syntax', async ({
  page,
  workspace
}) => {
  await codeSeededWorkspace(workspace.core)
  await workspace.core.dispatch('themes.create', { name: 'Sanctions (not coded yet)' })
  await page.reload()
  const { files } = (await workspace.core.dispatch('export.run', { format: 'markdown' })) as ExportResult
  const markdown = files[0]!.text!
  const firstQuote = /^> (.+)$/m.exec(markdown)![1]!

  const dialog = await openExport(page)
  const preview = dialog.getByLabel(/^Preview of /)
  const title = markdown.split('\n')[0]!.replace(/^# /, '')
  await expect(preview.getByRole('heading', { name: title, level: 4 })).toBeVisible()
  await expect(preview.getByRole('heading', { name: 'Sources', level: 5 })).toBeVisible()
  await expect(preview.locator('blockquote').first()).toHaveText(firstQuote)
  await expect(preview.locator('sup').first()).toHaveText('[1]')
  await expect(preview.getByRole('heading', { name: 'Sanctions (not coded yet)' })).toHaveCount(0)
  const shown = await preview.innerText()
  expect(shown).not.toMatch(/^#+ |^> |\]: #sources/m)
  expect(shown).not.toContain('**')

  for (const [width, height] of [
    [1024, 700],
    [1440, 900]
  ] as const) {
    await page.setViewportSize({ width, height })
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await shot(page, `report-preview-${width}-${scheme}`)
    }
  }
  await expectAccessible(page, 'Export dialog, rendered report')

  await dialog.getByRole('checkbox', { name: 'Keep themes with no statements' }).check()
  await expect(preview.getByRole('heading', { name: 'Sanctions (not coded yet)' })).toBeVisible()
  await expect(preview.getByText('No statements.')).toBeVisible()

  await dialog.getByRole('radio', { name: /^Word/ }).check()
  await expect(dialog.getByText(/\.docx$/).first()).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  expect(workspace.pageErrors).toEqual([])
})
