import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openCore } from '../src/core/open-core'
import type { CodersView, ExportResult, StatementDetail } from '../src/shared/api'
import type { Theme } from '../src/shared/domain'
import type { CoreService } from '../src/core/core-service'
import { expect, shot, test, type Workspace } from './fixtures'

/*
 * File › Merge… in browser mode (the top bar's Merge…): another analyst's export is previewed in a dialog — who
 * brings what, which themes are added, what conflicts — merged with one click, and the toast's Undo takes it back.
 */

interface Other {
  json: Buffer
  /** The merged statement's id in the workspace under test (the same article, so the same numbering). */
  statementId: string
}

/** Bob's copy of the seed: he codes statement 7 as "Nuclear signalling" and adds a theme "Sanctions". */
async function bobsExport(w: Workspace): Promise<Other> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-bob-'))
  const bob: CoreService = await openCore(join(dir, 'ws'), { create: 'seeded' })
  try {
    await bob.dispatch('coders.setCurrent', { name: 'Bob' })
    const [doc] = (await bob.dispatch('documents.list', {})) as { id: string }[]
    const themes = (await bob.dispatch('themes.list', {})) as Theme[]
    const nuclear = themes.find((t) => t.name === 'Nuclear signalling')!
    await bob.dispatch('statements.tag', { statementIds: [`${doc!.id}.7`], themeIds: [nuclear.id] })
    await bob.dispatch('themes.create', { name: 'Sanctions' })
    const out = (await bob.dispatch('export.run', { format: 'json' })) as ExportResult
    const [mine] = (await w.core.dispatch('documents.list', {})) as { id: string }[]
    return { json: Buffer.from(out.files[0]!.text!), statementId: `${mine!.id}.7` }
  } finally {
    await bob.close()
    await rm(dir, { recursive: true, force: true })
  }
}

const coderNames = async (w: Workspace) =>
  ((await w.core.dispatch('coders.list', {})) as CodersView).coders.map((c) => c.name)
const codedBy = async (w: Workspace, id: string) =>
  ((await w.core.dispatch('statements.get', { id })) as StatementDetail).statement.codings.flatMap((c) =>
    (c.by ?? []).map((b) => b.coderName)
  )

async function openMerge(page: Page) {
  await page.getByRole('group', { name: 'Import and export' }).getByRole('button', { name: 'Merge…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Merge another analyst’s work' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('Merge… previews another analyst’s export, merges it in one step, and Undo takes it back', async ({
  page,
  workspace
}) => {
  await workspace.core.dispatch('coders.setCurrent', { name: 'Ann' })
  const bob = await bobsExport(workspace)
  const before = await coderNames(workspace)

  const dialog = await openMerge(page)
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'bob.json',
    mimeType: 'application/json',
    buffer: bob.json
  })
  const preview = page.getByRole('dialog', { name: 'Merge bob.json?' })
  await expect(preview.getByRole('list', { name: 'Coming in' })).toHaveText(
    'Bob (new coder): 1 coding, 0 highlights, 0 links, 0 notes'
  )
  await expect(preview.getByRole('list', { name: 'Themes added' })).toHaveText('Sanctions')
  await expect(preview.getByText(/^Dossier workspace “.+”: 1 document matched\.$/)).toBeVisible()
  await shot(page, 'merge-preview')
  // The preview changed nothing.
  expect(await coderNames(workspace)).toEqual(before)

  await preview.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(preview).toBeHidden()
  const toast = page
    .getByRole('region', { name: 'Notifications' })
    .locator('.toast')
    .filter({ hasText: 'Merged bob.json: 1 coding from Bob; 1 theme added' })
  await expect(toast).toBeVisible()
  await expect.poll(() => codedBy(workspace, bob.statementId)).toEqual(['Bob'])
  expect(await coderNames(workspace)).toEqual([...before, 'Bob'])

  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => codedBy(workspace, bob.statementId)).toEqual([])
  expect(await coderNames(workspace)).toEqual(before)
  const themes = (await workspace.core.dispatch('themes.list', {})) as Theme[]
  expect(themes.map((t) => t.name)).not.toContain('Sanctions')
})

test('a damaged export is refused in the dialog in one line, changing nothing', async ({
  page,
  workspace
}) => {
  const bob = await bobsExport(workspace)
  const before = await coderNames(workspace)
  const dialog = await openMerge(page)
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: bob.json.subarray(0, 300)
  })
  await expect(dialog.getByRole('alert')).toHaveText(
    /^cut\.json is damaged or truncated \(not valid JSON: .*\)/
  )
  await expect(dialog.getByRole('button', { name: 'Merge', exact: true })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(await coderNames(workspace)).toEqual(before)
})
