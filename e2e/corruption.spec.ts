import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openCore } from '../src/core/open-core'
import { WorkspaceStore } from '../src/core/store/workspace-store'
import { expect, shot, test } from './fixtures'
import { coreClient } from '../src/core/core-client'

/** Where prepareWorkspace left its damage, for the test to check. */
const damaged = new Map<string, { file: string; title: string }>()

/**
 * A seeded workspace whose document (or note) was saved twice, so that .backup holds a last good copy, then cut in
 * half: what a crash of another tool, a full disk or a sync conflict can leave behind.
 */
function prepareDamaged(kind: 'document' | 'note') {
  return async (dir: string): Promise<void> => {
    const core = await openCore(dir, { create: 'seeded' })
    const api = coreClient(core)
    const [doc] = await api['documents.list']({})
    const { items } = await api['statements.list']({ limit: 1 })
    const [theme] = await api['themes.list']({})
    await api['statements.tag']({ statementIds: [items[0]!.id], themeIds: [theme!.id] })
    const note = await api['notes.create']({ title: 'Field notes' })
    await api['notes.update']({ id: note.id, title: 'Field notes, revised' })
    await core.close()
    const file = kind === 'document' ? `documents/${doc!.id}.json` : `notes/${note.id}.json`
    const text = await readFile(join(dir, file), 'utf8')
    await writeFile(join(dir, file), text.slice(0, Math.floor(text.length / 2)))
    damaged.set(dir, { file, title: kind === 'document' ? doc!.title : 'Field notes' })
  }
}

for (const kind of ['document', 'note'] as const) {
  test.describe(`a damaged ${kind} file`, () => {
    // A function-valued option must be given as a fixture that provides it.
    // eslint-disable-next-line no-empty-pattern
    test.use({ prepareWorkspace: async ({}, use) => use(prepareDamaged(kind)) })

    test('shows a banner naming it; its button restores the last good copy and the banner goes away', async ({
      page,
      workspace
    }) => {
      const { file, title } = damaged.get(workspace.dir)!
      const bytes = await readFile(join(workspace.dir, file))
      const banner = page.getByRole('region', { name: 'A workspace file is damaged' })
      await expect(banner).toBeVisible()
      await expect(banner.getByText(file, { exact: true })).toBeVisible()
      await expect(banner.getByText(/not valid JSON/)).toBeVisible()
      await shot(page, `corruption-${kind}-banner`)
      expect(
        (await readFile(join(workspace.dir, file))).equals(bytes),
        'opening wrote over the damaged file'
      ).toBe(true)

      await banner.getByRole('button', { name: 'Restore last good copy' }).click()
      await expect(banner).toBeHidden()
      await expect(page.getByText(`Restored the last good copy of ${file}.`)).toBeVisible()
      if (kind === 'document')
        await expect(
          page.getByRole('list', { name: 'Documents' }).getByText(title, { exact: true })
        ).toBeVisible()
      else {
        await page.getByRole('tab', { name: 'Notes' }).click()
        await expect(
          page.getByRole('list', { name: 'Notes' }).getByText(title, { exact: true })
        ).toBeVisible()
      }
      expect(await WorkspaceStore.check(workspace.dir)).toEqual([])
      await shot(page, `corruption-${kind}-restored`)
      expect(workspace.pageErrors).toEqual([])
    })
  })
}
