import type { DocumentSummary, DocumentView, LinkView, StatementDetail } from '../src/shared/api'
import type { Note, Speaker, Theme } from '../src/shared/domain'
import { expect, test, type Workspace } from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * The analyst flow of issue 3, driven through the UI with mouse and keyboard in one seeded workspace per test.
 * The API (workspace.core.dispatch) is only used to look things up and to check what was saved.
 */

const S = {
  safeHaven: 'now enjoy a sort of safe haven just inside Russia',
  exercises: 'vast arsenal of tactical nuclear weapons',
  peskov: 'They are not getting close; they are in it.',
  overblown: 'fears about a Russian escalation were overblown',
  empty: "And Putin's threats of escalation since the start of the war have remained empty.",
  saber: 'Putin is wielding the nuclear saber'
}
const PHRASE = 'a sort of safe haven'
const NOTE_ON_PHRASE = 'Cross-border sanctuary for Russian artillery'

interface Seed {
  doc: DocumentSummary
  view: DocumentView
  id(fragment: string): string
}

async function seed(workspace: Workspace): Promise<Seed> {
  const [doc] = (await workspace.core.dispatch('documents.list', {})) as DocumentSummary[]
  const view = (await workspace.core.dispatch('documents.get', { id: doc!.id })) as DocumentView
  const id = (fragment: string) => {
    const s = view.statements.find((x) => x.text.includes(fragment))
    if (!s) throw new Error(`no statement contains “${fragment}”`)
    return s.id
  }
  return { doc: doc!, view, id }
}

const dispatch = <T>(w: Workspace, op: string, input: unknown) => w.core.dispatch(op, input) as Promise<T>
const themeByName = async (w: Workspace, name: string) =>
  (await dispatch<Theme[]>(w, 'themes.list', {})).find((t) => t.name === name)
const speakerByName = async (w: Workspace, name: string) =>
  (await dispatch<Speaker[]>(w, 'speakers.list', {})).find((s) => s.name === name)
const statement = (w: Workspace, id: string) => dispatch<StatementDetail>(w, 'statements.get', { id })

test('the whole analyst flow, from reading to a reload that keeps everything', async ({
  page,
  workspace
}) => {
  test.setTimeout(120_000)
  const app = new AppPage(page)
  const { doc, view, id } = await seed(workspace)
  let annotationId = ''
  const selectedIs = (fragment: string) => expect.poll(() => app.reader.selectedText()).toContain(fragment)
  const paragraphOf = (sid: string) => {
    const s = view.statements.find((x) => x.id === sid)!
    return view.document.paragraphs.findIndex((p) => s.start >= p.start && s.start < p.end)
  }

  await test.step('open the seeded article from the library', async () => {
    await app.ready()
    await app.library.openDocument(doc.title)
    await expect(app.reader.title).toHaveText(doc.title)
    await expect(app.reader.root).toContainText('49 statements')
    await expect(await app.reader.statement(S.safeHaven)).toBeVisible()
  })

  await test.step('select a phrase with the mouse and annotate it with a note', async () => {
    await app.reader.dragSelect(PHRASE)
    await app.reader.bubble.getByRole('button', { name: 'Annotate…' }).click()
    await expect(app.inspector.heading).toHaveText('Highlight')
    await expect(app.inspector.root.getByText(PHRASE, { exact: true })).toBeVisible()
    const note = app.inspector.noteEditor(PHRASE)
    await expect(note).toBeFocused()
    await page.keyboard.type(NOTE_ON_PHRASE)
    await expect
      .poll(
        async () => (await dispatch<DocumentView>(workspace, 'documents.get', { id: doc.id })).annotations
      )
      .toEqual([
        expect.objectContaining({
          quote: expect.objectContaining({ exact: PHRASE }),
          notePlain: NOTE_ON_PHRASE
        })
      ])
    annotationId = (await dispatch<DocumentView>(workspace, 'documents.get', { id: doc.id })).annotations[0]!
      .id
    await expect.poll(() => app.reader.highlightText(annotationId)).toBe(PHRASE)
    await expect.poll(() => app.reader.selectedHighlightText()).toBe(PHRASE)
    // The note shows in the gutter beside its paragraph.
    await expect(app.reader.text.locator('.gutter__note')).toHaveAttribute('title', `Note: ${NOTE_ON_PHRASE}`)
  })

  await test.step('tag a statement from the inspector’s theme type-ahead', async () => {
    await app.reader.clickStatement(S.exercises)
    await app.inspector.expectStatement(S.exercises)
    await app.inspector.tagWith('Nuclear signalling')
    await expect.poll(() => app.reader.themesBeside(id(S.exercises))).toContain('Nuclear signalling')
  })

  await test.step('tag another statement with the keyboard: T, type, Enter', async () => {
    await app.reader.clickStatement(S.overblown)
    await app.inspector.expectStatement(S.overblown)
    await expect(app.reader.text).toBeFocused()
    await page.keyboard.press('t')
    await expect(app.inspector.addTheme).toBeFocused()
    await page.keyboard.type('Escal')
    await expect(app.inspector.option('Escalation risk')).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(app.inspector.themeChip('Escalation risk')).toBeVisible()
    await expect.poll(() => app.reader.themesBeside(id(S.overblown))).toContain('Escalation risk')
  })

  await test.step('create a theme in the library and nest it under another', async () => {
    await app.library.createTheme('Deterrence')
    await expect(app.library.theme('Deterrence')).toHaveAttribute('aria-level', '1')
    await app.library.moveTheme('Deterrence', 'Escalation risk')
    await expect(app.library.theme('Deterrence')).toHaveAttribute('aria-level', '2')
    // Listed among the children of Escalation risk, right after the parent's other sub-theme.
    const names = await app.library.themeTree
      .getByRole('treeitem')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.getAttribute('aria-level')} ${r.querySelector('.theme-row__name')?.textContent}`)
      )
    const parent = names.indexOf('1 Escalation risk')
    expect(names.slice(parent, parent + 3)).toEqual([
      '1 Escalation risk',
      expect.stringMatching(/^2 /),
      expect.stringMatching(/^2 /)
    ])
    expect(names).toContain('2 Deterrence')
  })

  await test.step('link two statements in different paragraphs and follow the backlink', async () => {
    expect(paragraphOf(id(S.peskov))).not.toBe(paragraphOf(id(S.overblown)))
    await app.reader.clickStatement(S.peskov)
    await app.inspector.expectStatement(S.peskov)
    await app.inspector.root.getByRole('button', { name: 'Link to…' }).click()
    await app.linkPicker.link(
      { query: 'escalation were overblown', pick: S.overblown },
      'Contradicts',
      'Jones dismisses what Peskov claims'
    )
    await expect(app.toast(/^Linked: contradicts →/)).toBeVisible()
    const out = app.inspector.link('contradicts →')
    await expect(out).toContainText(S.overblown)
    await expect(app.reader.gutterMarker(id(S.peskov)).locator('.gutter__link')).toHaveText('1')

    await out.click()
    await app.inspector.expectStatement(S.overblown)
    await selectedIs('Mr Jones added')
    const back = app.inspector.link('← contradicted by')
    await expect(back).toContainText(S.peskov)
    await expect(app.inspector.crossReferences).toContainText('Jones dismisses what Peskov claims')

    await back.click()
    await app.inspector.expectStatement(S.peskov)
    await selectedIs('Asked if the Western alliance')
  })

  await test.step('attribute a statement to another speaker with the inspector’s combobox', async () => {
    await expect(app.library.speaker('Seth G. Jones')).toContainText('4')
    await app.reader.clickStatement(S.empty)
    await app.inspector.expectStatement(S.empty)
    await expect(app.inspector.speaker).toHaveValue('')
    await app.inspector.speaker.click()
    await app.inspector.speaker.pressSequentially('Jones')
    await app.inspector.option('Seth G. Jones').click()
    await expect(app.inspector.speaker).toHaveValue('Seth G. Jones')
    await expect(app.library.speaker('Seth G. Jones')).toContainText('5')
  })

  await test.step('write a note citing a statement with @, then follow the chip', async () => {
    await app.goTo('Notes')
    await app.notes.newNote('Is escalation real?')
    await page.keyboard.type('Jones argues ')
    await app.notes.cite('@', 'overblown', 'overblown')
    await page.keyboard.type(' while Peskov says ')
    await app.notes.cite('[[', 'getting close', 'they are in it')
    await expect(app.notes.chip('fears about a Russian escalation')).toBeVisible()
    await expect(app.notes.chip('Asked if the Western alliance')).toBeVisible()
    await app.notes.expectSaved()
    await expect
      .poll(async () => {
        const [n] = await dispatch<{ id: string }[]>(workspace, 'notes.list', {})
        return n ? JSON.stringify((await dispatch<Note>(workspace, 'notes.get', { id: n.id })).content) : ''
      })
      .toContain(id(S.overblown))

    await app.notes.chip('fears about a Russian escalation').click()
    await expect(app.tab('Reader')).toHaveAttribute('aria-selected', 'true')
    await app.inspector.expectStatement(S.overblown)
    await selectedIs('Mr Jones added')
    await expect(app.reader.statementById(id(S.overblown))).toBeInViewport()
    // The statement's inspector lists the note that cites it, one click away.
    await app.inspector.root.getByRole('button', { name: 'Is escalation real?' }).click()
    await expect(app.notes.title).toHaveValue('Is escalation real?')
  })

  await test.step('filter the claims by theme and speaker from the library, then from the filter bar', async () => {
    await app.library.theme('Escalation risk').click()
    await expect(app.tab('Claims')).toHaveAttribute('aria-selected', 'true')
    await expect(app.claims.activeFilters).toContainText('Theme: Escalation risk (and sub-themes)')
    // The statement tagged with the sub-theme Nuclear signalling is included.
    await app.claims.expectCount(2)
    expect((await app.claims.rowTexts()).sort()).toEqual(
      [
        view.statements.find((s) => s.id === id(S.exercises))!.text,
        view.statements.find((s) => s.id === id(S.overblown))!.text
      ].sort()
    )

    await app.library.speaker('Seth G. Jones').click()
    await expect(app.claims.activeFilters).toContainText('Speaker: Seth G. Jones')
    await expect(app.claims.activeFilters).not.toContainText('Theme:')
    await app.claims.expectCount(5)
    await expect(app.claims.row(S.empty)).toBeVisible()

    await app.claims.theme.selectOption({ label: 'Escalation risk' })
    await app.claims.expectCount(1)
    await expect(app.claims.row(S.overblown)).toBeVisible()

    await app.claims.speaker.selectOption({ label: 'Dmitry Peskov' })
    await expect(app.claims.count).toHaveText('0 statements match')
    await expect(app.claims.root.getByText('No statements match these filters')).toBeVisible()
    await app.claims.removeFilter('Theme:').click()
    await app.claims.expectCount(2)

    await app.claims.row(S.peskov).dblclick()
    await expect(app.tab('Reader')).toHaveAttribute('aria-selected', 'true')
    await app.inspector.expectStatement(S.peskov)
  })

  await test.step('search with Ctrl+K and jump to a statement, then to an annotation note', async () => {
    await app.pressOutsideFields('Control+K')
    await expect(app.search.input).toBeFocused()
    await page.keyboard.type('nuclear saber')
    const hit = app.search.group('Statements').getByRole('option').first()
    await expect(hit).toContainText(S.saber)
    await expect(hit.locator('mark').first()).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(app.search.dialog).toBeHidden()
    await app.inspector.expectStatement(S.saber)
    await selectedIs(S.saber)
    await expect(app.reader.statementById(id(S.saber))).toBeInViewport()

    await app.pressOutsideFields('Control+K')
    await page.keyboard.type('sanctuary')
    await app.search.group('Annotations').getByRole('option').first().click()
    await expect(app.inspector.heading).toHaveText('Highlight')
    await expect(app.inspector.noteEditor(PHRASE)).toHaveText(NOTE_ON_PHRASE)
    await expect.poll(() => app.reader.selectedHighlightText()).toBe(PHRASE)
  })

  await test.step('undo and redo with Ctrl+Z and Ctrl+Shift+Z', async () => {
    await app.reader.clickStatement(S.exercises)
    await app.inspector.expectStatement(S.exercises)
    await app.inspector.root.getByRole('button', { name: 'Remove theme “Nuclear signalling”' }).click()
    await expect(app.inspector.themeChip('Nuclear signalling')).toHaveCount(0)
    await expect.poll(() => app.reader.themesBeside(id(S.exercises))).not.toContain('Nuclear signalling')

    await app.pressOutsideFields('Control+Z')
    await expect(app.toast(/^Undid: /)).toBeVisible()
    await expect(app.inspector.themeChip('Nuclear signalling')).toBeVisible()
    await expect.poll(() => app.reader.themesBeside(id(S.exercises))).toContain('Nuclear signalling')

    await app.pressOutsideFields('Control+Shift+Z')
    await expect(app.toast(/^Redid: /)).toBeVisible()
    await expect(app.inspector.themeChip('Nuclear signalling')).toHaveCount(0)

    await app.pressOutsideFields('Control+Z')
    await expect(app.inspector.themeChip('Nuclear signalling')).toBeVisible()
    expect((await statement(workspace, id(S.exercises))).statement.themeIds).toEqual([
      (await themeByName(workspace, 'Nuclear signalling'))!.id
    ])
  })

  await test.step('reload: everything is still there, in the UI and in the workspace', async () => {
    await page.reload()
    await app.ready()
    await app.library.openDocument(doc.title)
    await expect.poll(() => app.reader.highlightText(annotationId)).toBe(PHRASE)
    await expect.poll(() => app.reader.themesBeside(id(S.exercises))).toContain('Nuclear signalling')
    await expect.poll(() => app.reader.themesBeside(id(S.overblown))).toContain('Escalation risk')
    await expect(app.reader.gutterMarker(id(S.overblown))).toHaveAttribute('title', '1 cross-reference')
    await expect(app.library.theme('Deterrence')).toHaveAttribute('aria-level', '2')
    await expect(app.library.speaker('Seth G. Jones')).toContainText('5')

    await app.reader.clickStatement(S.peskov)
    await expect(app.inspector.link('contradicts →')).toContainText(S.overblown)
    await app.reader.clickStatement(S.empty)
    await expect(app.inspector.speaker).toHaveValue('Seth G. Jones')
    await app.reader.highlight(annotationId).first().click()
    await expect(app.inspector.noteEditor(PHRASE)).toHaveText(NOTE_ON_PHRASE)

    await app.goTo('Notes')
    await expect(app.notes.title).toHaveValue('Is escalation real?')
    await expect(app.notes.chip('fears about a Russian escalation')).toBeVisible()
    await expect(app.notes.chip('Asked if the Western alliance')).toBeVisible()

    // And in the workspace itself.
    const escalation = (await themeByName(workspace, 'Escalation risk'))!
    const nuclear = (await themeByName(workspace, 'Nuclear signalling'))!
    expect(await themeByName(workspace, 'Deterrence')).toMatchObject({ parentId: escalation.id })
    expect((await statement(workspace, id(S.exercises))).statement.themeIds).toEqual([nuclear.id])
    expect((await statement(workspace, id(S.overblown))).statement.themeIds).toEqual([escalation.id])
    const jones = (await speakerByName(workspace, 'Seth G. Jones'))!
    expect((await statement(workspace, id(S.empty))).statement.speakerId).toBe(jones.id)
    const links = await dispatch<LinkView[]>(workspace, 'links.list', {})
    expect(links).toEqual([
      expect.objectContaining({
        relation: 'contradicts',
        note: 'Jones dismisses what Peskov claims',
        from: expect.objectContaining({ id: id(S.peskov) }),
        to: expect.objectContaining({ id: id(S.overblown) })
      })
    ])
    const saved = await dispatch<DocumentView>(workspace, 'documents.get', { id: doc.id })
    expect(saved.annotations).toEqual([
      expect.objectContaining({
        quote: expect.objectContaining({ exact: PHRASE }),
        notePlain: NOTE_ON_PHRASE
      })
    ])
    const notes = await dispatch<{ id: string; title: string; statementCount: number }[]>(
      workspace,
      'notes.list',
      {}
    )
    expect(notes).toEqual([expect.objectContaining({ title: 'Is escalation real?', statementCount: 2 })])
    expect(workspace.pageErrors).toEqual([])
  })
})

test('the other ways in: J/K and A, Tag… on a selection with a new theme, a sub-theme, L to link, the undo buttons', async ({
  page,
  workspace
}) => {
  const app = new AppPage(page)
  const { doc, view, id } = await seed(workspace)
  const text = (sid: string) => view.statements.find((s) => s.id === sid)!.text
  await app.ready()
  await app.library.openDocument(doc.title)

  await test.step('step through statements with J and K, annotate the selected one with A', async () => {
    await app.reader.clickStatement('President Biden is preparing')
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await app.inspector.expectStatement('Now, after months of complaints')
    await page.keyboard.press('k')
    await app.inspector.expectStatement('He has long resisted')
    await page.keyboard.press('a')
    await expect(app.inspector.heading).toHaveText('Highlight')
    await expect(app.inspector.noteEditor('He has long resisted')).toBeFocused()
    await page.keyboard.type('The original fear: a direct confrontation.')
    await expect
      .poll(
        async () => (await dispatch<DocumentView>(workspace, 'documents.get', { id: doc.id })).annotations
      )
      .toEqual([
        expect.objectContaining({
          quote: expect.objectContaining({ exact: text(id('He has long resisted')) }),
          notePlain: 'The original fear: a direct confrontation.'
        })
      ])
  })

  await test.step('Tag… on selected words creates a theme and tags a highlight on just those words', async () => {
    await app.reader.dragSelect('nuclear-armed adversary')
    await app.reader.bubble.getByRole('button', { name: 'Tag…' }).click()
    await expect(app.reader.bubbleTheme).toBeFocused()
    await page.keyboard.type('Adversary framing')
    await expect(page.getByRole('option', { name: 'Create theme “Adversary framing”' })).toHaveAttribute(
      'aria-selected',
      'true'
    )
    await page.keyboard.press('Enter')
    await expect(app.toast('Highlighted and tagged “Adversary framing”')).toBeVisible()
    await expect(app.library.theme('Adversary framing')).toHaveAttribute('aria-level', '1')
    const created = (await themeByName(workspace, 'Adversary framing'))!
    const annotations = (await dispatch<DocumentView>(workspace, 'documents.get', { id: doc.id })).annotations
    expect(annotations.find((a) => a.themeIds.includes(created.id))?.quote.exact).toBe(
      'nuclear-armed adversary'
    )
  })

  await test.step('add a sub-theme from a theme’s actions menu', async () => {
    const menu = await app.library.themeMenu('Alliance unity')
    await menu.getByRole('menuitem', { name: 'Add sub-theme' }).click()
    const name = app.library.root.getByRole('textbox', {
      name: 'Name of the new sub-theme of “Alliance unity”'
    })
    await expect(name).toBeFocused()
    await page.keyboard.type('Burden sharing')
    await page.keyboard.press('Enter')
    await expect(app.library.theme('Burden sharing')).toHaveAttribute('aria-level', '2')
    const parent = (await themeByName(workspace, 'Alliance unity'))!
    await expect.poll(() => themeByName(workspace, 'Burden sharing')).toMatchObject({ parentId: parent.id })
  })

  await test.step('L opens the link picker; pick and relate with the keyboard only', async () => {
    await app.reader.clickStatement(S.saber)
    await page.keyboard.press('l')
    await expect(app.linkPicker.search).toBeFocused()
    await page.keyboard.type('remained empty')
    await expect(app.linkPicker.results.getByRole('option').first()).toContainText(S.empty)
    await page.keyboard.press('Enter')
    const supports = app.linkPicker.dialog.getByRole('radio', { name: /^Supports/ })
    await expect(supports).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(app.linkPicker.dialog.getByRole('radio', { name: /^Elaborates/ })).toBeChecked()
    await page.keyboard.press('Enter')
    await expect(app.linkPicker.dialog).toBeHidden()
    await expect(app.inspector.link('elaborates →')).toContainText(S.empty)
    const [link] = await dispatch<LinkView[]>(workspace, 'links.list', {})
    expect(link).toMatchObject({ relation: 'elaborates', from: { id: id(S.saber) }, to: { id: id(S.empty) } })
  })

  await test.step('the Undo and Redo buttons take the link back and forth', async () => {
    await expect(app.undoButton()).toHaveAccessibleName(/^Undo: /)
    await app.undoButton().click()
    await expect(app.inspector.root.getByText('No cross-references yet.')).toBeVisible()
    expect(await dispatch<LinkView[]>(workspace, 'links.list', {})).toEqual([])
    await app.redoButton().click()
    await expect(app.inspector.link('elaborates →')).toContainText(S.empty)
    expect(await dispatch<LinkView[]>(workspace, 'links.list', {})).toHaveLength(1)
    expect(workspace.pageErrors).toEqual([])
  })
})
