import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Speaker, Statement } from '../src/shared/domain'
import type { SyncConnection } from '../src/core/sync/workspace-sync'
import { openSide, startTestServer, TEAM_TOKEN, type Side } from '../src/sync/testing/sync-fixture'
import { expect, expectAccessible, shot, test, type Workspace } from './fixtures'
import { AppPage } from './pages/app-page'
import { InspectorPane } from './pages/inspector-pane'
import { LibraryPane } from './pages/library-pane'

interface Team {
  app: AppPage
  /** Ben Brown's side: a copy of this workspace synced in the test process. */
  bob: Side
  bobLink: SyncConnection
  server: Awaited<ReturnType<typeof startTestServer>>
  data: string
}

/** The page's workspace as Ana Analyst and a teammate, Ben Brown, both synced through a real server. */
async function team(page: Page, workspace: Workspace, run: (t: Team) => Promise<void>): Promise<void> {
  const data = await mkdtemp(join(tmpdir(), 'dossier-conflicts-e2e-'))
  const bobDir = join(data, 'bob')
  // Bob starts from a copy of this workspace (its lock left behind).
  await cp(workspace.dir, bobDir, { recursive: true, filter: (src) => basename(src) !== '.lock' })
  const t = { data, server: await startTestServer(join(data, 'server')) } as Team
  try {
    t.app = new AppPage(page)
    await t.app.ready()
    await workspace.core.dispatch('coders.setCurrent', { name: 'Ana Analyst' })
    await workspace.core.dispatch('sync.connect', { url: t.server.url, token: TEAM_TOKEN })
    t.bob = await openSide(bobDir)
    await t.bob.api['coders.setCurrent']({ name: 'Ben Brown' })
    t.bobLink = t.bob.sync.connect(t.server.url, TEAM_TOKEN, { onLog: () => {} })
    await t.bobLink.inSync(15_000)
    await expect(page.locator('.team-status')).toContainText('Synced', { timeout: 15_000 })
    await run(t)
    expect(workspace.pageErrors).toEqual([])
  } finally {
    await workspace.core.dispatch('sync.disconnect', {}).catch(() => {})
    await t.bobLink?.close()
    await t.bob?.close()
    await t.server.close()
    await rm(data, { recursive: true, force: true })
  }
}

test('a speaker changed on both sides: Team settings lists the conflict, the inspector takes the other speaker for the team', async ({
  page,
  workspace
}) => {
  await team(page, workspace, async (t) => {
    const [bob, core] = [t.bob, workspace.core]
    const status = page.locator('.team-status')
    // Both change one statement's speaker while the server is down.
    const st = [...bob.ws.state.statements.values()].find((s) => s.speakerId !== null) as Statement
    const [mine, his] = [...bob.ws.state.speakers.values()].filter((s) => s.id !== st.speakerId) as Speaker[]
    const port = Number(new URL(t.server.url).port)
    await t.server.close()
    await expect(status).toContainText('Offline', { timeout: 15_000 })
    await core.dispatch('statements.setSpeaker', { statementId: st.id, speakerId: mine!.id })
    await bob.api['statements.setSpeaker']({ statementId: st.id, speakerId: his!.id })
    t.server = await startTestServer(join(t.data, 'server'), port)
    await expect(status).toContainText('1 conflict', { timeout: 20_000 })
    await t.bobLink.inSync(15_000)
    const won = bob.ws.state.statements.get(st.id)!.speakerId
    const [kept, other] = won === mine!.id ? [mine!, his!] : [his!, mine!]

    await status.click()
    const dialog = page.getByRole('dialog', { name: 'Team sync' })
    await expect(dialog.getByRole('heading', { name: 'Conflicts (1)' })).toBeVisible()
    // Ana's side: her choice or Ben's may be the one kept.
    await expect(dialog).toContainText(
      won === mine!.id
        ? `Ben Brown chose “${other.name}” while you chose “${kept.name}”; the team copy kept yours`
        : `You chose “${other.name}” while Ben Brown chose “${kept.name}”; the team copy kept “${kept.name}”`
    )
    await expectAccessible(page, 'team settings listing a conflict')
    await shot(page, 'sync-conflicts-team-settings')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'team settings listing a conflict, dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await dialog.getByRole('button', { name: 'Show statement' }).click()
    await expect(dialog).toBeHidden()

    const inspector = new InspectorPane(page)
    await inspector.expectStatement(st.text.slice(0, 30))
    const notice = inspector.root.getByRole('group', { name: 'Speaker conflict' })
    await expect(notice).toContainText(`chose “${kept.name}”; the team copy kept`)
    await expectAccessible(page, 'inspector with a speaker conflict')
    await shot(page, 'sync-conflicts-inspector')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'inspector with a speaker conflict, dark')
    await page.emulateMedia({ colorScheme: 'light' })

    // Keyboard: focus the Use button and press Enter.
    await notice.getByRole('button', { name: `Use “${other.name}”` }).focus()
    await page.keyboard.press('Enter')
    await expect(notice).toBeHidden()
    await expect(inspector.speaker).toHaveValue(other.name)
    await expect(status).not.toContainText('conflict', { timeout: 5000 })
    await expect.poll(() => bob.ws.state.statements.get(st.id)!.speakerId, { timeout: 5000 }).toBe(other.id)
    await expect.poll(() => bob.sync.conflicts.list().length, { timeout: 5000 }).toBe(0)
  })
})

test('a teammate deletes a document Ana highlighted in: the copy is listed and Restore brings it back for both', async ({
  page,
  workspace
}) => {
  await team(page, workspace, async (t) => {
    const core = workspace.core
    const bundle = [...t.bob.ws.state.docs.values()][0]!
    const { id, title } = bundle.document
    const statement = bundle.statements[2]!
    const highlights = bundle.annotations.length
    await core.dispatch('annotations.create', { documentId: id, start: statement.start, end: statement.end })
    await expect
      .poll(() => t.bob.ws.state.docs.get(id)!.annotations.length, { timeout: 5000 })
      .toBe(highlights + 1)
    const library = new LibraryPane(page)
    // Away from the reader: it would ask for the document it shows as it goes.
    await t.app.goTo('Notes')
    await t.bob.api['documents.delete']({ id })
    await expect(library.document(title)).toBeHidden({ timeout: 5000 })

    const status = page.locator('.team-status')
    await expect(status).toContainText('1 conflict', { timeout: 5000 })
    await status.click()
    const dialog = page.getByRole('dialog', { name: 'Team sync' })
    await expect(dialog).toContainText(`Ben Brown deleted “${title}”; your 1 highlight is kept`)
    await expectAccessible(page, 'team settings listing a kept document')
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await expect(dialog.getByRole('heading', { name: /^Conflicts/ })).toBeHidden()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(library.document(title)).toBeVisible()
    await expect
      .poll(() => t.bob.ws.state.docs.get(id)?.annotations.length, { timeout: 5000 })
      .toBe(highlights + 1)
  })
})
