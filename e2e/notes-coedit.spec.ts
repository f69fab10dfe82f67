import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { NoteSummary } from '../src/shared/api'
import type { Note } from '../src/shared/domain'
import { seededWorkspace } from '../src/core/services/seed/seed-workspace'
import { WorkspaceStore } from '../src/core/store/workspace-store'
import { liveBodiesOf } from '../src/server/live-bodies-for'
import { startServer } from '../src/server/start-server'
import { startTestServer, TEAM_TOKEN, twoCopies } from '../src/sync/testing/sync-fixture'
import { syncedCore } from '../src/sync/testing/synced-core'
import { expect, expectAccessible, RENDERER_DIR, test } from './fixtures'
import { openApp } from './open-app'
import type { AppPage } from './pages/app-page'

/** The note's text as typed, without the other editors' caret labels. */
const typed = (app: AppPage) =>
  app.notes.body.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    copy.querySelectorAll('.live-cursor').forEach((c) => c.remove())
    return copy.textContent
  })

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** Opens the app on `url` in `page` as the workspace's current coder, on the Notes view with the note open. */
async function openNote(page: Page, url: string, errors: string[]): Promise<AppPage> {
  const app = await openApp(page, url, errors)
  await app.goTo('Notes')
  await expect(app.notes.saveStatus).toHaveText('Live')
  return app
}

test('two windows co-edit a note live: each sees the other typing and where, and both insertions stay', async ({
  page,
  context
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-coedit-'))
  await (await WorkspaceStore.create(dir, seededWorkspace())).close()
  const { core } = await syncedCore(dir)
  const server = await startServer({
    core,
    rendererDir: RENDERER_DIR,
    port: 0,
    live: liveBodiesOf(core)
  })
  const errors: string[] = []
  const pageB = await context.newPage()
  try {
    const { id } = (await core.dispatch('notes.create', {
      title: 'Team brief',
      content: { type: 'doc', content: [para('Shared text.')] }
    })) as Note
    await core.dispatch('coders.setCurrent', { name: 'Ana Analyst' })
    const a = await openNote(page, server.url, errors)
    await core.dispatch('coders.setCurrent', { name: 'Ben Brown' })
    const b = await openNote(pageB, server.url, errors)
    await expect(a.notes.body).toHaveText('Shared text.')
    await expect(b.notes.body).toHaveText('Shared text.')

    await a.notes.body.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Typed by Ana.')
    await expect.poll(() => typed(b), { timeout: 2000 }).toBe('Shared text. Typed by Ana.')
    await expect(b.notes.body.locator('.live-cursor__label')).toHaveText('Ana Analyst')

    await b.notes.body.click()
    await pageB.keyboard.press('Home')
    await Promise.all([page.keyboard.type(' And more.'), pageB.keyboard.type('Ben: ')])
    const both = 'Ben: Shared text. Typed by Ana. And more.'
    await expect.poll(() => typed(a), { timeout: 2000 }).toBe(both)
    await expect.poll(() => typed(b), { timeout: 2000 }).toBe(both)
    await expect(a.notes.body.locator('.live-cursor__label')).toHaveText('Ben Brown')
    await expect(b.notes.body.locator('.live-cursor__label')).toHaveText('Ana Analyst')

    // The core stays the one writer of the note: what both typed is the stored note.
    await expect.poll(async () => ((await core.dispatch('notes.get', { id })) as Note).plain).toBe(both)
    await expectAccessible(page, 'a note co-edited live, with a teammate’s caret')

    // A new note is co-edited too. Its title keeps the keyboard, and what was typed in it, when the shared copy
    // arrives, and Enter in it still takes the keyboard to its text.
    await a.notes.root.getByRole('button', { name: 'New note' }).first().click()
    await expect(a.notes.title).toBeFocused()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Second')
    await expect(a.notes.saveStatus).toHaveText('Live')
    await expect(a.notes.title).toBeFocused()
    await page.keyboard.type(' brief')
    await expect(a.notes.title).toHaveValue('Second brief')
    await page.keyboard.press('Enter')
    await expect(a.notes.body).toBeFocused()
    await page.keyboard.type('Fresh.')
    const notes = async () => (await core.dispatch('notes.list', {})) as NoteSummary[]
    await expect
      .poll(async () => (await notes()).find((n) => n.title === 'Second brief')?.excerpt)
      .toBe('Fresh.')
    expect(errors).toEqual([])
  } finally {
    await pageB.close()
    await page.close()
    await server.close()
    await core.close()
    await rm(dir, { recursive: true, force: true })
  }
})

test('two analysts on their own machines co-edit a note through the team sync server', async ({
  page,
  context
}) => {
  const env = await twoCopies()
  const syncServer = await startTestServer(join(env.root, 'server'))
  const sides = [await syncedCore(env.a), await syncedCore(env.b)]
  const servers = await Promise.all(
    sides.map(({ core }) =>
      startServer({ core, rendererDir: RENDERER_DIR, port: 0, live: liveBodiesOf(core) })
    )
  )
  const connections = sides.map(({ sync }) => sync.connect(syncServer.url, TEAM_TOKEN))
  const [ana, ben] = sides.map((s) => s.core)
  const errors: string[] = []
  const pageB = await context.newPage()
  try {
    const { id } = (await ana!.dispatch('notes.create', {
      title: 'Team brief',
      content: { type: 'doc', content: [para('Shared text.')] }
    })) as Note
    await Promise.all(connections.map((c) => c.inSync(10_000)))
    await expect
      .poll(() =>
        ben!.dispatch('notes.get', { id }).then(
          () => true,
          () => false
        )
      )
      .toBe(true)
    await ana!.dispatch('coders.setCurrent', { name: 'Ana Analyst' })
    await ben!.dispatch('coders.setCurrent', { name: 'Ben Brown' })
    const a = await openNote(page, servers[0]!.url, errors)
    const b = await openNote(pageB, servers[1]!.url, errors)
    await expect.poll(() => typed(b)).toBe('Shared text.')

    await a.notes.body.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Typed by Ana.')
    await expect.poll(() => typed(b), { timeout: 2000 }).toBe('Shared text. Typed by Ana.')
    await b.notes.body.click()
    await pageB.keyboard.press('Home')
    await Promise.all([page.keyboard.type(' And more.'), pageB.keyboard.type('Ben: ')])
    const both = 'Ben: Shared text. Typed by Ana. And more.'
    await expect.poll(() => typed(a), { timeout: 2000 }).toBe(both)
    await expect.poll(() => typed(b), { timeout: 2000 }).toBe(both)
    for (const core of [ana!, ben!])
      await expect.poll(async () => ((await core.dispatch('notes.get', { id })) as Note).plain).toBe(both)
    expect(errors).toEqual([])
  } finally {
    await pageB.close()
    await page.close()
    for (const c of connections) await c.close()
    for (const s of servers) await s.close()
    for (const s of sides) await s.core.close()
    await syncServer.close()
    await env.cleanup()
  }
})
