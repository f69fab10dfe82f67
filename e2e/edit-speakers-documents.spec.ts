import type { Page } from '@playwright/test'
import type { DocumentSummary } from '../src/shared/api'
import type { Speaker } from '../src/shared/domain'
import { expect, expectAccessible, shot, SEED_TEXT as T, test, type Workspace } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * Fixing what the import got wrong, in the app: speakers renamed, merged and deleted from the library, the speaker
 * field of the inspector (names first, Escape restores), document details edited, and a document deleted after a
 * confirmation that says what goes with it, then undone. axe on every dialog; screenshots light and dark.
 */

/**
 * Page errors other than the refusals the test provokes on purpose (a taken name, a bad address) and the queries
 * of a deleted document that race its removal (answered "not found", which the views handle).
 */
const unexpectedErrors = (w: Workspace) =>
  w.pageErrors.filter((e) => !/^Failed to load resource: .* \((Conflict|Bad Request|Not Found)\)$/.test(e))
const speakers = (w: Workspace) => w.core.dispatch('speakers.list', {}) as Promise<Speaker[]>
const documents = (w: Workspace) => w.core.dispatch('documents.list', {}) as Promise<DocumentSummary[]>

async function speakerMenu(page: Page, app: AppPage, name: string) {
  await app.library.speaker(name).click({ button: 'right' })
  const menu = page.getByRole('menu', { name: `Actions for “${name}”` })
  await expect(menu).toBeVisible()
  return menu
}

for (const scheme of ['light', 'dark'] as const) {
  test(`speakers: rename, merge, delete from the library; the inspector's speaker field, ${scheme}`, async ({
    page,
    workspace
  }) => {
    test.setTimeout(150_000)
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1024, height: 700 })
    const app = new AppPage(page)
    await app.ready()

    // Rename and give a role, from the row's actions button.
    await app.library.speaker('Dmitry Peskov').hover()
    await app.library.speakers.getByRole('button', { name: 'Actions for “Dmitry Peskov”' }).click()
    await page.getByRole('menuitem', { name: 'Edit name and role…' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit speaker “Dmitry Peskov”' })
    const name = edit.getByRole('textbox', { name: 'Name', exact: true })
    await expect(name).toBeFocused()
    await name.fill('Dmitri Peskov')
    await edit.getByRole('textbox', { name: 'Role' }).fill('Kremlin spokesman')
    await expectAccessible(page, 'edit speaker dialog')
    await shot(page, `edit-speaker-dialog-${scheme}`)
    await edit.getByRole('button', { name: 'Save' }).click()
    await expect(edit).toBeHidden()
    await expect(app.library.speaker('Dmitri Peskov')).toBeVisible()
    const peskov = (await speakers(workspace)).find((s) => s.name === 'Dmitri Peskov')!
    expect(peskov).toMatchObject({
      role: 'Kremlin spokesman',
      aliases: ['Peskov', 'Mr. Peskov', 'Mr Peskov']
    })

    // A name already taken is refused in the dialog, which stays open.
    await (await speakerMenu(page, app, 'Dmitri Peskov')).getByRole('menuitem', { name: /^Edit/ }).click()
    const again = page.getByRole('dialog', { name: 'Edit speaker “Dmitri Peskov”' })
    await again.getByRole('textbox', { name: 'Name', exact: true }).fill('Joseph S. Nye')
    await again.getByRole('button', { name: 'Save' }).click()
    await expect(again.getByRole('alert')).toHaveText('a speaker named “Joseph S. Nye” already exists')
    await again.getByRole('button', { name: 'Cancel' }).click()

    // Merge Peskov into Nye: the statements move, Peskov's names become Nye's aliases.
    await (
      await speakerMenu(page, app, 'Dmitri Peskov')
    )
      .getByRole('menuitem', { name: 'Merge into…' })
      .click()
    const merge = page.getByRole('dialog', { name: 'Merge “Dmitri Peskov” into…' })
    const target = merge.getByRole('combobox', { name: 'Speaker who stays' })
    await expect(target).toBeFocused()
    await target.pressSequentially('Nye')
    await target.press('Enter')
    await expect(merge.locator('.dialog-summary')).toContainText(
      '2 statements will be attributed to “Joseph S. Nye”, who will also be known as “Dmitri Peskov”'
    )
    await expectAccessible(page, 'merge speaker dialog')
    await shot(page, `merge-speaker-dialog-${scheme}`)
    await merge.getByRole('button', { name: 'Merge into “Joseph S. Nye”' }).click()
    await expect(merge).toBeHidden()
    await expect(app.library.speaker('Dmitri Peskov')).toHaveCount(0)
    await expect(app.library.speaker('Joseph S. Nye')).toContainText('5')
    const nye = (await speakers(workspace)).find((s) => s.name === 'Joseph S. Nye')!
    expect(nye.aliases).toEqual(expect.arrayContaining(['Dmitri Peskov', 'Peskov', 'Mr. Peskov']))

    // The inspector: the moved statement's speaker is Nye; suggestions show names first, Escape restores.
    await app.reader.clickStatement(T.peskov)
    // Below 1180 px the inspector is a drawer: Enter opens it on the selected statement.
    await page.keyboard.press('Enter')
    const field = app.inspector.speaker
    await expect(field).toHaveValue('Joseph S. Nye')
    await field.click()
    await field.fill('Jo')
    const list = page.getByRole('listbox', { name: 'Speaker' })
    await expect(list.getByRole('option').first()).toContainText('Joseph S. Nye')
    const scrolls = await list.evaluate((el) => el.scrollWidth > el.clientWidth)
    expect(scrolls, 'the suggestion list does not scroll sideways').toBe(false)
    await expectAccessible(page, 'speaker suggestions')
    await shot(page, `speaker-suggestions-${scheme}`)
    await field.press('Escape')
    await expect(field).toHaveValue('Joseph S. Nye')
    await expect(list).toBeHidden()

    // Rename the statement's speaker from the inspector.
    await app.inspector.root.getByRole('button', { name: 'Edit speaker “Joseph S. Nye”' }).click()
    const fromInspector = page.getByRole('dialog', { name: 'Edit speaker “Joseph S. Nye”' })
    await fromInspector.getByRole('textbox', { name: 'Name', exact: true }).fill('Joseph Nye')
    await fromInspector.getByRole('textbox', { name: 'Name', exact: true }).press('Enter')
    await expect(fromInspector).toBeHidden()
    await expect(field).toHaveValue('Joseph Nye')
    await expect(app.library.speaker('Joseph Nye')).toBeVisible()

    // Delete: the statements stay, without a speaker; undo gives them back.
    await (await speakerMenu(page, app, 'Joseph Nye')).getByRole('menuitem', { name: 'Delete…' }).click()
    const del = page.getByRole('dialog', { name: 'Delete speaker “Joseph Nye”?' })
    await expect(del).toContainText('5 statements attributed to them will have no speaker')
    await expectAccessible(page, 'delete speaker dialog')
    await del.getByRole('button', { name: 'Delete speaker' }).click()
    await expect(app.library.speaker('Joseph Nye')).toHaveCount(0)
    await expect(field).toHaveValue('')
    await app.undoButton().click()
    await expect(app.library.speaker('Joseph Nye')).toBeVisible()
    await expect(field).toHaveValue('Joseph Nye')
    expect(unexpectedErrors(workspace)).toEqual([])
  })

  test(`documents: edit details, delete with a confirmation, undo, ${scheme}`, async ({
    page,
    workspace
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1024, height: 700 })
    await workspace.core.dispatch('import.file', {
      fileName: 'second.txt',
      base64: Buffer.from('Kyiv asked again for the long-range weapons.\n\nThe answer was no.').toString(
        'base64'
      ),
      title: 'Second source',
      date: '2024-06-02'
    })
    const [seeded, second] = await documents(workspace)
    const secondView = (await workspace.core.dispatch('documents.get', { id: second!.id })) as {
      statements: { id: string }[]
    }
    const seededView = (await workspace.core.dispatch('documents.get', { id: seeded!.id })) as {
      statements: { id: string; text: string }[]
    }
    const peskovId = seededView.statements.find((s) => s.text.includes(T.peskov))!.id
    await workspace.core.dispatch('links.create', {
      fromId: peskovId,
      toId: secondView.statements[0]!.id,
      relation: 'supports'
    })
    const app = new AppPage(page)
    await app.ready()

    // Edit the details of the seeded article from its actions menu.
    await app.library.document(seeded!.title).click({ button: 'right' })
    await page.getByRole('menuitem', { name: 'Edit details…' }).click()
    const details = page.getByRole('dialog', { name: 'Document details' })
    await details.getByRole('textbox', { name: 'Title' }).fill('Biden and the long-range weapons')
    await details.getByRole('textbox', { name: 'Authors' }).fill('Jane Doe, John Roe')
    await details.getByRole('textbox', { name: 'Web address' }).fill('example.org/story')
    await details.getByRole('button', { name: 'Save' }).click()
    await expect(details.getByRole('alert')).toHaveText(
      'url: must be a web address starting with http:// or https://'
    )
    await details.getByRole('textbox', { name: 'Web address' }).fill('https://example.org/story')
    await expectAccessible(page, 'document details dialog')
    await shot(page, `document-details-dialog-${scheme}`)
    await details.getByRole('button', { name: 'Save' }).click()
    await expect(details).toBeHidden()
    await app.library.openDocument('Biden and the long-range weapons')
    await expect(page.locator('#reader-title')).toHaveText('Biden and the long-range weapons')
    await expect(page.locator('.reader-header__meta')).toContainText('by Jane Doe, John Roe')

    // Delete the second source, open in the reader: the confirmation says what goes with it.
    await app.library.openDocument('Second source')
    await expect(page.locator('#reader-title')).toHaveText('Second source')
    await app.library.document('Second source').focus()
    await page.keyboard.press('Shift+F10')
    await page.getByRole('menuitem', { name: 'Delete…' }).click()
    const del = page.getByRole('dialog', { name: 'Delete “Second source”?' })
    await expect(del.getByRole('listitem')).toHaveText([
      '2 statements',
      '0 highlights and their notes',
      '1 cross-reference to and from its statements, in any document'
    ])
    await expect(del.getByRole('button', { name: 'Delete document' })).toBeFocused()
    await expectAccessible(page, 'delete document dialog')
    await shot(page, `delete-document-dialog-${scheme}`)
    await del.getByRole('button', { name: 'Delete document' }).click()
    await expect(del).toBeHidden()
    await expect(app.library.document('Second source')).toHaveCount(0)
    // The reader moves to the other document rather than a blank screen.
    await expect(page.locator('#reader-title')).toHaveText('Biden and the long-range weapons')
    expect(await workspace.core.dispatch('links.list', {})).toEqual([])

    await app.undoButton().click()
    await expect(app.library.document('Second source')).toBeVisible()
    expect(await workspace.core.dispatch('links.list', {})).toHaveLength(1)
    expect(unexpectedErrors(workspace)).toEqual([])
  })
}
