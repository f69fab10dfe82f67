import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { DocumentSummary, DocumentView } from '../src/shared/api'
import type { Annotation } from '../src/shared/domain'
import { seededWorkspace } from '../src/core/services/seed/seed-workspace'
import { WorkspaceStore } from '../src/core/store/workspace-store'
import { liveBodiesOf } from '../src/server/live-bodies-for'
import { startServer } from '../src/server/start-server'
import { syncedCore } from '../src/sync/testing/synced-core'
import { expect, expectAccessible, RENDERER_DIR, test } from './fixtures'
import { openApp } from './open-app'
import type { AppPage } from './pages/app-page'

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** The note's text as typed, without the other editors' caret labels. */
const typed = (app: AppPage) =>
  app.inspector.noteEditor().evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    copy.querySelectorAll('.live-cursor').forEach((c) => c.remove())
    return copy.textContent
  })

/** Opens the app in `page` with the highlight selected, its note live in the inspector. */
async function openHighlight(page: Page, url: string, id: string, errors: string[]): Promise<AppPage> {
  const app = await openApp(page, url, errors)
  await app.reader.highlight(id).first().click()
  await expect(app.inspector.root.locator('.note-editor__status').getByRole('status')).toHaveText('Live')
  return app
}

test('two windows co-edit a highlight’s note live in the inspector, carets named, both insertions kept', async ({
  page,
  context
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-hl-coedit-'))
  await (await WorkspaceStore.create(dir, seededWorkspace())).close()
  const { core } = await syncedCore(dir)
  const server = await startServer({ core, rendererDir: RENDERER_DIR, port: 0, live: liveBodiesOf(core) })
  const errors: string[] = []
  const pageB = await context.newPage()
  try {
    const [summary] = (await core.dispatch('documents.list', {})) as DocumentSummary[]
    const view = (await core.dispatch('documents.get', { id: summary!.id })) as DocumentView
    const s = view.statements[2]!
    const { id } = (await core.dispatch('annotations.create', {
      documentId: view.document.id,
      start: s.start,
      end: s.end,
      note: { type: 'doc', content: [para('Check this.')] }
    })) as Annotation
    await core.dispatch('coders.setCurrent', { name: 'Ana Analyst' })
    const a = await openHighlight(page, server.url, id, errors)
    await core.dispatch('coders.setCurrent', { name: 'Ben Brown' })
    const b = await openHighlight(pageB, server.url, id, errors)

    await a.inspector.noteEditor().click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Source?')
    await expect.poll(() => typed(b), { timeout: 2000 }).toBe('Check this. Source?')
    await expect(b.inspector.noteEditor().locator('.live-cursor__label')).toHaveText('Ana Analyst')

    await b.inspector.noteEditor().click()
    await pageB.keyboard.press('Home')
    await Promise.all([page.keyboard.type(' Asked.'), pageB.keyboard.type('Ben: ')])
    const both = 'Ben: Check this. Source? Asked.'
    await expect.poll(() => typed(a), { timeout: 2000 }).toBe(both)
    await expect.poll(() => typed(b), { timeout: 2000 }).toBe(both)
    await expect(a.inspector.noteEditor().locator('.live-cursor__label')).toHaveText('Ben Brown')

    // The core writes what both typed into the highlight, as if saved.
    await expect
      .poll(async () => {
        const now = (await core.dispatch('documents.get', { id: view.document.id })) as DocumentView
        return now.annotations.find((x) => x.id === id)?.notePlain
      })
      .toBe(both)
    await expectAccessible(page, 'a highlight note co-edited live, with a teammate’s caret')
    expect(errors).toEqual([])
  } finally {
    await pageB.close()
    await page.close()
    await server.close()
    await core.close()
    await rm(dir, { recursive: true, force: true })
  }
})
