import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { BodyRoom } from '../core/sync/body-room'
import { paragraphs } from './testing/paragraphs'
import { waitFor, type Side } from './testing/sync-fixture'
import { useTeamFixture } from './testing/team-fixture'

const team = useTeamFixture()
const plain = (s: Side, id: string) => s.ws.state.notes.get(id)?.plain

/** The Y.XmlText of paragraph `i` of a room (where an editor types). */
const textOf = (room: BodyRoom, i: number) => (room.fragment.get(i) as Y.XmlElement).get(0) as Y.XmlText

async function connectedSides(): Promise<[Side, Side]> {
  const sides: [Side, Side] = [await team.side(team.env.a), await team.side(team.env.b)]
  for (const s of sides) await team.connect(s).inSync(10_000)
  return sides
}

describe('a live editor’s room on a note body', () => {
  it('carries what the editor types to the workspace and the team, and what the team types to the editor', async () => {
    const [a, b] = await connectedSides()
    const { id } = await a.api['notes.create']({ content: paragraphs('Draft one.', 'Draft two.') })
    await waitFor(() => plain(b, id) === 'Draft one.\n\nDraft two.', 2000, 'the note on b')
    const gone: string[] = []
    const room = BodyRoom.open(a.sync.doc, 'notes', id, {
      onGone: () => gone.push(id),
      onLog: () => undefined
    })!
    const roomB = BodyRoom.open(b.sync.doc, 'notes', id, { onGone: () => undefined, onLog: () => undefined })!
    team.onCleanup(() => room.close())
    team.onCleanup(() => roomB.close())
    expect(room.fragment.toString()).toBe(
      '<paragraph>Draft one.</paragraph><paragraph>Draft two.</paragraph>'
    )

    // Both type at once, each in the editor on their side.
    textOf(room, 0).insert(5, ' number')
    textOf(roomB, 1).insert(9, ', from B')
    const merged = 'Draft number one.\n\nDraft two, from B.'
    await waitFor(() => plain(a, id) === merged && plain(b, id) === merged, 2000, 'both edits on both sides')
    expect(room.fragment.toString()).toBe(
      '<paragraph>Draft number one.</paragraph><paragraph>Draft two, from B.</paragraph>'
    )

    // A save from outside the editor (the autosaver of a window without the room) reaches it too.
    await b.api['notes.update']({
      id,
      content: paragraphs('Draft number one.', 'Draft two, from B.', 'More.')
    })
    await waitFor(() => room.fragment.length === 3, 2000, 'the saved paragraph in the room')
    await b.api['notes.delete']({ id })
    await waitFor(() => gone.length === 1, 2000, 'the room to close with its note')
  })

  it('refuses what an editor writes that is not a note, and puts the body back', async () => {
    const [a] = await connectedSides()
    const { id } = await a.api['notes.create']({ content: paragraphs('Keep.') })
    const logged: string[] = []
    const room = BodyRoom.open(a.sync.doc, 'notes', id, {
      onGone: () => undefined,
      onLog: (l) => logged.push(l)
    })!
    team.onCleanup(() => room.close())
    room.fragment.insert(1, [new Y.XmlElement('iframe')])
    expect(logged).toEqual([
      expect.stringMatching(`refused from an editor: notes/${id}: its body does not fit`)
    ])
    expect(room.fragment.toString()).toBe('<paragraph>Keep.</paragraph>')
    expect(plain(a, id)).toBe('Keep.')
  })
})
