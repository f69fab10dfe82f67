import type { Page } from '@playwright/test'
import type { DocumentSummary } from '../src/shared/api'
import { codeSeededWorkspace, expect, SEED_TEXT as T, test } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * The renderer asks once: views showing the same thing share one answer, and a change asks again only for what
 * it can have altered (the rest comes with the change event). One cache, so a renamed speaker shows everywhere.
 */

/** The API operations the page calls (POST /api/op/<name>), in order; `reset` starts a new count. */
function recordOps(page: Page): { ops: string[]; reset(): void } {
  const ops: string[] = []
  page.on('request', (request) => {
    const op = /\/api\/op\/([^/?#]+)$/.exec(new URL(request.url()).pathname)?.[1]
    if (op) ops.push(decodeURIComponent(op))
  })
  return { ops, reset: () => void ops.splice(0) }
}

/** Waits until no API request has started for `quietMs`. */
async function settle(page: Page, ops: string[], quietMs = 600): Promise<void> {
  let seen = -1
  while (seen !== ops.length) {
    seen = ops.length
    await page.waitForTimeout(quietMs)
  }
}

const THEME = 'Alliance unity'

test('tagging a statement from the inspector (T, a theme, Enter) costs at most 3 requests', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const { ops, reset } = recordOps(page)
  await app.ready()
  const [doc] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  await app.library.openDocument(doc!.title)
  await app.reader.clickStatement(T.britain)
  await app.inspector.expectStatement(T.britain)
  const count = app.library.theme(THEME).locator('.theme-row__count')
  await expect(count).toHaveText('none tagged')
  await settle(page, ops)

  await expect(app.reader.text).toBeFocused()
  await page.keyboard.press('t')
  await expect(app.inspector.addTheme).toBeFocused()
  await page.keyboard.type(THEME)
  await expect(app.inspector.option(THEME)).toHaveAttribute('aria-selected', 'true')
  reset()
  await page.keyboard.press('Enter')

  // Every view showing the statement has it tagged: inspector, reader stripe, codebook count, undo.
  await expect(app.inspector.themeChip(THEME)).toBeVisible()
  const id = await app.reader.statementIdOf(T.britain)
  await expect.poll(() => app.reader.themesBeside(id)).toContain(THEME)
  await expect(count).toHaveText('1 tagged')
  await expect(app.undoButton()).toHaveAccessibleName(`Undo: Tag with “${THEME}”`)
  await settle(page, ops)
  expect(ops[0]).toBe('statements.tag')
  expect(ops.length, `requests: ${ops.join(', ')}`).toBeLessThanOrEqual(3)
})

test('a renamed speaker shows at once in the reader, the inspector, a note’s chip and the claims', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const coded = await codeSeededWorkspace(workspace.core)
  const { ops, reset } = recordOps(page)
  await app.ready()

  await test.step('a chip citing Peskov names him in its hover card', async () => {
    await app.goTo('Notes')
    await expect(app.notes.title).toHaveValue('Is escalation real?')
    await app.notes.chip('they are in it').hover()
    await expect(page.getByRole('tooltip')).toContainText('Dmitry Peskov ·')
    await app.notes.title.hover()
    await expect(page.getByRole('tooltip')).toBeHidden()
  })

  await test.step('the reader and the inspector show his name', async () => {
    await app.goTo('Reader')
    await app.library.openDocument(coded.document.title)
    await app.reader.clickStatement(T.peskov)
    await expect(app.inspector.speaker).toHaveValue('Dmitry Peskov')
    expect(await app.reader.speakerLabels()).toContain('Dmitry Peskov')
  })

  await test.step('rename him in the library: reader and inspector follow, asking for the speakers once', async () => {
    await settle(page, ops)
    reset()
    await app.library.speaker('Dmitry Peskov').click({ button: 'right' })
    await page.getByRole('menuitem', { name: 'Edit name and role…' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit speaker “Dmitry Peskov”' })
    await edit.getByRole('textbox', { name: 'Name', exact: true }).fill('Dmitri Peskov')
    await edit.getByRole('button', { name: 'Save' }).click()
    await expect(edit).toBeHidden()
    await expect(app.inspector.speaker).toHaveValue('Dmitri Peskov')
    await expect.poll(() => app.reader.speakerLabels()).toContain('Dmitri Peskov')
    expect(await app.reader.speakerLabels()).not.toContain('Dmitry Peskov')
    await settle(page, ops)
    expect(
      ops.filter((op) => op === 'speakers.list'),
      ops.join(', ')
    ).toHaveLength(1)
  })

  await test.step('the chip’s hover card and the claims table name him anew, without a reload', async () => {
    await app.goTo('Notes')
    await app.notes.chip('they are in it').hover()
    await expect(page.getByRole('tooltip')).toContainText('Dmitri Peskov ·')
    await app.goTo('Claims')
    await app.claims.speaker.selectOption({ label: 'Dmitri Peskov' })
    await expect(app.claims.row(T.peskov)).toContainText('Dmitri Peskov')
  })
})
