import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSyncServer, type SyncServer } from '../src/sync/start-sync-server'
import { expect, expectAccessible, test } from './fixtures'

const TOKEN = 'e2e-team-token-0123456789abcdef'

test('Team settings: connect to a team server, synced, offline since, back; a short token and a wrong one are refused', async ({
  page,
  workspace
}) => {
  const data = await mkdtemp(join(tmpdir(), 'dossier-team-e2e-'))
  const start = (port = 0) => startSyncServer({ port, dataDir: data, token: TOKEN, log: () => {} })
  let server: SyncServer | null = await start()
  try {
    const status = page.locator('.team-status')
    await expect(status).toContainText('Team')
    await status.click()
    const dialog = page.getByRole('dialog', { name: 'Team sync' })
    await expect(dialog).toContainText('Not syncing with a team server')
    await dialog.getByLabel('Team server').fill(server.url)
    await dialog.getByLabel('Team token').fill('too-short')
    await dialog.getByRole('button', { name: 'Connect' }).click()
    await expect(dialog.getByRole('alert')).toContainText('at least 16 characters')
    await expectAccessible(page, 'team settings with an error')

    await dialog.getByLabel('Team token').fill(TOKEN)
    await dialog.getByRole('button', { name: 'Connect' }).click()
    await expect(dialog).toBeHidden()
    await expect(status).toContainText('Synced', { timeout: 15_000 })
    expect((await workspace.core.dispatch('sync.status', {})) as { server?: string }).toMatchObject({
      state: 'connected',
      server: server.url
    })

    // The server goes away: the top bar says since when; an edit made meanwhile waits, then is sent.
    const port = Number(new URL(server.url).port)
    await server.close()
    server = null
    await expect(status).toContainText('Offline since', { timeout: 15_000 })
    await workspace.core.dispatch('themes.create', { name: 'Made offline' })
    await expect(status).toHaveAttribute('title', /1 change will be sent/, { timeout: 10_000 })
    server = await start(port)
    await expect(status).toContainText('Synced', { timeout: 20_000 })
    await expect(status).not.toHaveAttribute('title', /will be sent/)

    // Stopping from the dialog; then a wrong token is refused with the server's reason.
    await status.click()
    await dialog.getByRole('button', { name: 'Stop syncing' }).click()
    await expect(status).toContainText('Team')
    await status.click()
    await dialog.getByLabel('Team server').fill(server.url)
    await dialog.getByLabel('Team token').fill('not-the-team-token-at-all')
    await dialog.getByRole('button', { name: 'Connect' }).click()
    await expect(status).toContainText('Refused', { timeout: 15_000 })
    await expectAccessible(page, 'top bar with a refused team connection')
  } finally {
    await workspace.core.dispatch('sync.disconnect', {}).catch(() => {})
    await server?.close()
    await rm(data, { recursive: true, force: true })
  }
})
