import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { RichDoc } from '../shared/domain'
import { readAllFiles } from '../core/testing/read-all-files'
import { bodyMap } from '../core/sync/rich-bodies'
import { readSyncState, writeJoined, writeSyncState } from '../core/sync/sync-state-file'
import { paragraphs } from './testing/paragraphs'
import { rawClient } from './testing/raw-client'
import { exportOf, waitFor, type Side } from './testing/sync-fixture'
import { useTeamFixture } from './testing/team-fixture'

const team = useTeamFixture()
const { side, closeSide, connect } = team
const plain = (s: Side, id: string) => s.ws.state.notes.get(id)?.plain
const workspaceFiles = async (dir: string) =>
  new Map([...(await readAllFiles(dir))].filter(([f]) => !f.startsWith('sync/')))

/** A client with the team token writing straight into the shared Y.Doc, closed after the test. */
async function openRawClient(workspaceId: string): Promise<Y.Doc> {
  const client = await rawClient(team.server.url, workspaceId)
  team.onCleanup(client.close)
  return client.doc
}

/** Both sides hold `noteId` as created on `a`, then go offline. */
async function sharedNote(content: RichDoc): Promise<{ a: Side; b: Side; id: string }> {
  const [a, b] = [await side(team.env.a), await side(team.env.b)]
  const { id } = await a.api['notes.create']({ title: 'Shared brief', content })
  const [ca, cb] = [connect(a), connect(b)]
  await ca.inSync(10_000)
  await waitFor(() => b.ws.state.notes.has(id), 2000, 'the note on the other side')
  await cb.inSync(5000)
  await ca.close()
  await cb.close()
  return { a, b, id }
}

describe('notes co-edited character by character', () => {
  it('keeps both edits when two analysts edit different paragraphs offline', async () => {
    const { a, b, id } = await sharedNote(paragraphs('Opening line.', 'Middle line.', 'Closing line.'))
    await a.api['notes.update']({
      id,
      content: paragraphs('Opening line, edited by A.', 'Middle line.', 'Closing line.')
    })
    await b.api['notes.update']({
      id,
      content: paragraphs('Opening line.', 'Middle line.', 'Closing line, by B.')
    })

    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
    const merged = 'Opening line, edited by A.\n\nMiddle line.\n\nClosing line, by B.'
    await waitFor(() => plain(a, id) === merged && plain(b, id) === merged, 3000, 'both edits on both sides')
    await waitFor(() => exportOf(a) === exportOf(b), 3000, 'both exports to match')
    expect(a.ws.state.notes.get(id)!.content).toEqual(paragraphs(...merged.split('\n\n')))

    // Written to the files, not only held in memory.
    await cb.inSync(5000)
    await closeSide(b)
    expect(plain(await side(team.env.b), id)).toBe(merged)
  })

  it('keeps both insertions when two analysts type into the same paragraph', async () => {
    const { a, b, id } = await sharedNote(paragraphs('The minister said the talks would resume.'))
    await a.api['notes.update']({
      id,
      content: paragraphs('The foreign minister said the talks would resume.')
    })
    await b.api['notes.update']({
      id,
      content: paragraphs('The minister said the talks would resume in May.')
    })

    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
    const merged = 'The foreign minister said the talks would resume in May.'
    await waitFor(
      () => plain(a, id) === merged && plain(b, id) === merged,
      3000,
      'both insertions on both sides'
    )
    expect(a.sync.refused + b.sync.refused).toBe(0)
  })

  it('co-edits a highlight’s note the same way', async () => {
    const [a, b] = [await side(team.env.a), await side(team.env.b)]
    const documentId = [...a.ws.state.docs.keys()][0]!
    const { id } = await a.api['annotations.create']({
      documentId,
      start: 0,
      end: 5,
      note: paragraphs('First thought.', 'Second thought.')
    })
    const [ca, cb] = [connect(a), connect(b)]
    await ca.inSync(10_000)
    await waitFor(() => b.ws.state.annotations.has(id), 2000, 'the highlight on the other side')
    await cb.inSync(5000)
    await Promise.all([ca.close(), cb.close()])

    await a.api['annotations.update']({ id, note: paragraphs('First thought, from A.', 'Second thought.') })
    await b.api['annotations.update']({ id, note: paragraphs('First thought.', 'Second thought, from B.') })
    const [ca2, cb2] = [connect(a), connect(b)]
    await Promise.all([ca2.inSync(10_000), cb2.inSync(10_000)])
    const merged = 'First thought, from A.\n\nSecond thought, from B.'
    await waitFor(
      () =>
        a.ws.state.annotations.get(id)?.notePlain === merged &&
        b.ws.state.annotations.get(id)?.notePlain === merged,
      3000,
      'both edits of the highlight note'
    )
  })

  it('refuses a body that is not a note (unknown node, oversized) and writes nothing of it', async () => {
    const { a, b, id } = await sharedNote(paragraphs('Keep me.'))
    await closeSide(b)
    const ca = connect(a)
    await ca.inSync(10_000)
    const good = a.ws.state.notes.get(id)
    const before = await workspaceFiles(team.env.a)

    const hostile = await openRawClient(a.ws.state.meta!.id)
    const fragment = bodyMap(hostile, 'notes').get(id) as Y.XmlFragment
    hostile.transact(() => fragment.insert(0, [new Y.XmlElement('script')]))
    await waitFor(() => a.sync.refused >= 1, 2000, 'the unknown node to be refused')
    hostile.transact(() => {
      fragment.delete(0, 1)
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('x'.repeat(250_000))])
      fragment.insert(1, [paragraph])
    })
    await waitFor(() => a.sync.refused >= 2, 2000, 'the oversized body to be refused')
    await ca.inSync(5000)

    expect(a.ws.state.notes.get(id)).toEqual(good)
    const refusals = a.logged.filter((l) => l.startsWith('refused from the server'))
    expect(refusals).toHaveLength(2)
    expect(refusals[0]).toMatch(new RegExp(`notes/${id}: its body does not fit a note: .*script`))
    expect(refusals[1]).toMatch(new RegExp(`notes/${id}: its body is refused: .*200000`))
    expect(await workspaceFiles(team.env.a)).toEqual(before)
  })
})

describe('Y.Docs from the preview, with note bodies as JSON', () => {
  it('loads a saved one, moves its notes into bodies, and changes nothing in the workspace', async () => {
    let a = await side(team.env.a)
    const note = await a.api['notes.create']({ title: 'Old format', content: paragraphs('Saved whole.') })
    const id = note.id
    await closeSide(a)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, (await readSyncState(team.env.a))!)
    doc.transact(() => {
      doc.getMap('notes').set(id, note)
      bodyMap(doc, 'notes').delete(id)
    })
    await writeSyncState(team.env.a, Y.encodeStateAsUpdate(doc))
    // A workspace that had joined its team copy under the preview.
    await writeJoined(team.env.a)
    const before = await workspaceFiles(team.env.a)

    a = await side(team.env.a)
    expect(a.sync.doc.getMap('notes').get(id)).not.toHaveProperty('content')
    expect((bodyMap(a.sync.doc, 'notes').get(id) as Y.XmlFragment).toString()).toBe(
      '<paragraph>Saved whole.</paragraph>'
    )
    expect(a.logged).toEqual([])
    expect(await workspaceFiles(team.env.a)).toEqual(before)
  })

  it('applies a note a preview client sent whole; the next edit makes it a body', async () => {
    const [a, b] = [await side(team.env.a), await side(team.env.b)]
    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
    const preview = await openRawClient(a.ws.state.meta!.id)
    const at = new Date().toISOString()
    preview.getMap('notes').set('nt-preview', {
      id: 'nt-preview',
      title: 'From the preview',
      content: paragraphs('Written whole.'),
      plain: 'Written whole.',
      statementIds: [],
      themeIds: [],
      createdAt: at,
      updatedAt: at
    })
    await waitFor(() => plain(b, 'nt-preview') === 'Written whole.', 2000, 'the whole note on b')

    await b.api['notes.update']({ id: 'nt-preview', content: paragraphs('Written whole, then edited.') })
    await waitFor(() => plain(a, 'nt-preview') === 'Written whole, then edited.', 2000, 'the edit on a')
    expect(bodyMap(b.sync.doc, 'notes').has('nt-preview')).toBe(true)
    expect(a.sync.refused + b.sync.refused).toBe(0)
  })
})
