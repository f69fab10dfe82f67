import { access, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError, type SyncConflict } from '../shared/api'
import { SPEAKER_CHOICES } from '../core/sync/speaker-choices'
import type { SyncConnection } from '../core/sync/workspace-sync'
import {
  TEAM_TOKEN,
  exportOf,
  openSide,
  startTestServer,
  twoCopies,
  waitFor,
  type Side
} from './testing/sync-fixture'

let env: Awaited<ReturnType<typeof twoCopies>>
let server: Awaited<ReturnType<typeof startTestServer>>
const open: Side[] = []
const connections = new Map<Side, SyncConnection>()

const side = async (dir: string) => {
  const s = await openSide(dir)
  open.push(s)
  return s
}
const connect = async (...sides: Side[]) => {
  for (const s of sides)
    connections.set(s, s.sync.connect(server.url, TEAM_TOKEN, { onLog: (l) => s.logged.push(l) }))
  await Promise.all(sides.map((s) => connections.get(s)!.inSync(10_000)))
}
const disconnect = async (...sides: Side[]) => {
  for (const s of sides) {
    await connections.get(s)?.close()
    connections.delete(s)
  }
}
const inSync = (...sides: Side[]) => Promise.all(sides.map((s) => connections.get(s)!.inSync(5000)))
const list = (s: Side): SyncConflict[] => s.sync.conflicts.list()
const speakerOf = (s: Side, id: string) => s.ws.state.statements.get(id)!.speakerId
/** The JSON export without who codes on that side (Alice here, Bob there). */
const shared = (s: Side): string => {
  const { coderId: _, ...rest } = JSON.parse(exportOf(s)) as { coderId?: string }
  return JSON.stringify(rest)
}

/** Two teammates, Alice on `a` and Bob on `b`, connected and in step. */
async function team(): Promise<[Side, Side]> {
  const [a, b] = [await side(env.a), await side(env.b)]
  await connect(a, b)
  await a.api['coders.setCurrent']({ name: 'Alice' })
  await b.api['coders.setCurrent']({ name: 'Bob' })
  await inSync(a, b)
  await waitFor(() => a.ws.state.coders.size === b.ws.state.coders.size, 2000, 'both rosters')
  return [a, b]
}

/** A statement with a speaker, and two other speakers. */
function speakerCase(s: Side): { st: string; base: string | null; y: string; z: string } {
  const st = [...s.ws.state.statements.values()].find((x) => x.speakerId !== null)!
  const [y, z] = [...s.ws.state.speakers.keys()].filter((id) => id !== st.speakerId)
  return { st: st.id, base: st.speakerId, y: y!, z: z! }
}

/** a and b change the statement's speaker while both are offline, then meet again. */
async function concurrentSpeakers(a: Side, b: Side) {
  const c = speakerCase(a)
  await disconnect(a, b)
  await a.api['statements.setSpeaker']({ statementId: c.st, speakerId: c.y })
  await b.api['statements.setSpeaker']({ statementId: c.st, speakerId: c.z })
  await connect(a, b)
  await inSync(a, b)
  await waitFor(() => shared(a) === shared(b), 5000, 'both exports to match')
  return c
}

beforeEach(async () => {
  env = await twoCopies()
  server = await startTestServer(join(env.root, 'server'))
})

afterEach(async () => {
  await disconnect(...connections.keys())
  for (const s of open.splice(0)) await s.close()
  await server.close()
  await env.cleanup()
})

describe('speaker conflicts through a real server', () => {
  it('takes one speaker on both sides and lists the other as a conflict on both; accepting resolves both', async () => {
    const [a, b] = await team()
    const c = await concurrentSpeakers(a, b)
    const won = speakerOf(a, c.st)
    expect([c.y, c.z]).toContain(won)
    expect(speakerOf(b, c.st)).toBe(won)
    const lost = won === c.y ? c.z : c.y
    for (const s of [a, b]) {
      expect(list(s)).toEqual([
        expect.objectContaining({
          kind: 'speaker',
          statementId: c.st,
          speakerId: won,
          otherSpeakerId: lost,
          otherBy: won === c.y ? 'Bob' : 'Alice'
        })
      ])
    }

    await a.sync.conflicts.resolve(`speaker:${c.st}`, 'accept')
    expect(speakerOf(a, c.st)).toBe(lost)
    await waitFor(() => speakerOf(b, c.st) === lost, 2000, 'the accepted speaker on the other side')
    await inSync(a, b)
    expect(list(a)).toEqual([])
    expect(list(b)).toEqual([])
    // Accepting is an edit like any other: undone here, it is undone for the team.
    expect(a.ws.history().undoLabel).toBe('Take the other speaker')
  })

  it('keeping the current speaker resolves the conflict on both sides and changes no statement', async () => {
    const [a, b] = await team()
    const c = await concurrentSpeakers(a, b)
    const won = speakerOf(a, c.st)
    const before = shared(a)
    await b.sync.conflicts.resolve(`speaker:${c.st}`, 'keep')
    await waitFor(() => list(a).length === 0, 2000, 'the conflict resolved on the other side')
    await inSync(a, b)
    expect(list(b)).toEqual([])
    expect(speakerOf(a, c.st)).toBe(won)
    expect(shared(a)).toBe(before)
    expect(shared(b)).toBe(before)
  })

  it('a change made after seeing the teammate’s is no conflict', async () => {
    const [a, b] = await team()
    const c = speakerCase(a)
    await a.api['statements.setSpeaker']({ statementId: c.st, speakerId: c.y })
    await waitFor(() => speakerOf(b, c.st) === c.y, 2000, "the teammate's speaker")
    await b.api['statements.setSpeaker']({ statementId: c.st, speakerId: c.z })
    await waitFor(() => speakerOf(a, c.st) === c.z, 2000, 'the later speaker')
    await inSync(a, b)
    expect(list(a)).toEqual([])
    expect(list(b)).toEqual([])
  })

  it('refuses a resolution that does not fit, changing nothing', async () => {
    const [a, b] = await team()
    const c = await concurrentSpeakers(a, b)
    const before = shared(a)
    await expect(a.sync.conflicts.resolve(`speaker:${c.st}`, 'restore')).rejects.toThrow(
      /resolved by accept or keep/
    )
    await expect(a.sync.conflicts.resolve('speaker:zz-none', 'accept')).rejects.toBeInstanceOf(ApiError)
    await expect(a.sync.conflicts.resolve('document:zz-none', 'confirm')).rejects.toThrow(/no kept copy/)
    expect(shared(a)).toBe(before)
    expect(list(a)).toHaveLength(1)
  })

  it('refuses a malformed speaker choice from the server and lists nothing from it', async () => {
    const [a, b] = await team()
    const c = speakerCase(a)
    await a.api['statements.setSpeaker']({ statementId: c.st, speakerId: c.y })
    await waitFor(() => speakerOf(b, c.st) === c.y, 2000, "Alice's speaker")
    const doc = new Y.Doc()
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket })
    const hostile = new HocuspocusProvider({
      websocketProvider: socket,
      name: a.ws.state.meta!.id,
      document: doc,
      token: TEAM_TOKEN
    })
    hostile.attach()
    try {
      await waitFor(() => hostile.synced, 5000, 'the hostile client to sync')
      const choices = doc.getMap(SPEAKER_CHOICES)
      // Each would be a choice from Alice's base that lost to hers, were it well-formed.
      const lost = { speakerId: c.z, base: c.base, at: new Date().toISOString() }
      doc.transact(() => {
        choices.set(`${c.st}|cd-evil`, { ...lost, speakerId: 42 })
        choices.set(`${c.st}|cd-evil|more`, lost)
        choices.set(`${c.st}|cd-sneaky`, { ...lost, extra: true })
      })
      await waitFor(() => b.sync.refused >= 3, 2000, 'the refusals')
      const refusals = b.logged.filter((l) => l.startsWith(`refused from the server: ${SPEAKER_CHOICES}/`))
      expect(refusals).toHaveLength(3)
      expect(list(a)).toEqual([])
      expect(list(b)).toEqual([])
      expect(speakerOf(b, c.st)).toBe(c.y)

      // The same choice well-formed is one.
      doc.transact(() => choices.set(`${c.st}|cd-fine`, lost))
      await waitFor(() => list(b).length === 1, 2000, 'the well-formed choice listed')
      expect(list(b)[0]).toMatchObject({ speakerId: c.y, otherSpeakerId: c.z, otherBy: null })
      // A malformed key that starts like it leaves it be.
      doc.transact(() => choices.set(`${c.st}|cd-fine|x`, { ...lost, speakerId: c.y }))
      await waitFor(() => b.sync.refused >= 4, 2000, 'the fourth refusal')
      expect(list(b)).toHaveLength(1)
    } finally {
      hostile.destroy()
      socket.destroy()
    }
  })
})

describe('a document deleted while a teammate annotates it', () => {
  const keptFile = (s: Side, id: string) => join(s.dir, 'sync', 'kept', `${id}.json`)
  const exists = (path: string) =>
    access(path).then(
      () => true,
      () => false
    )

  /** Bob highlights (with a note) in a document; Alice deletes it. */
  async function deletedUnderBob(a: Side, b: Side): Promise<string> {
    const bundle = [...b.ws.state.docs.values()][0]!
    const id = bundle.document.id
    await b.api['annotations.create']({
      documentId: id,
      start: bundle.statements[0]!.start,
      end: bundle.statements[0]!.end,
      note: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bob was here' }] }]
      }
    })
    await waitFor(() => a.ws.state.docs.get(id)!.annotations.length === 1, 2000, "Bob's highlight")
    await a.api['documents.delete']({ id })
    await waitFor(() => !b.ws.state.docs.has(id), 2000, 'the deletion on the other side')
    // Written before the deletion was committed there.
    expect(await exists(keptFile(b, id))).toBe(true)
    await inSync(a, b)
    return id
  }

  it('keeps the annotations recoverable, lists them, and Restore brings the document back on both sides', async () => {
    const [a, b] = await team()
    const id = await deletedUnderBob(a, b)
    expect(list(a)).toEqual([])
    expect(list(b)).toEqual([
      expect.objectContaining({
        id: `document:${id}`,
        kind: 'deletedDocument',
        documentId: id,
        deletedBy: 'Alice',
        highlights: 1,
        notes: 1
      })
    ])

    // Kept across a restart.
    await disconnect(b)
    await b.close()
    open.splice(open.indexOf(b), 1)
    const b2 = await side(env.b)
    await connect(b2)
    expect(list(b2).map((c) => c.id)).toEqual([`document:${id}`])

    await b2.sync.conflicts.resolve(`document:${id}`, 'restore')
    expect(b2.ws.state.docs.get(id)!.annotations).toHaveLength(1)
    await waitFor(
      () => a.ws.state.docs.get(id)?.annotations.length === 1,
      2000,
      'the document back for Alice'
    )
    await inSync(a, b2)
    expect(shared(a)).toBe(shared(b2))
    expect(list(b2)).toEqual([])
    expect(await exists(keptFile(b2, id))).toBe(false)
    expect(b2.ws.history().undoLabel).toMatch(/^Restore “/)
  })

  it('Confirm drops the copy and leaves the document deleted', async () => {
    const [a, b] = await team()
    const id = await deletedUnderBob(a, b)
    const before = shared(b)
    await b.sync.conflicts.resolve(`document:${id}`, 'confirm')
    expect(list(b)).toEqual([])
    expect(await readdir(join(b.dir, 'sync', 'kept'))).toEqual([])
    expect(shared(b)).toBe(before)
    await inSync(a, b)
    expect(a.ws.state.docs.has(id)).toBe(false)
  })

  it('keeps nothing when the analyst had no work in the deleted document', async () => {
    const [a, b] = await team()
    const id = [...a.ws.state.docs.keys()][0]!
    await a.api['documents.delete']({ id })
    await waitFor(() => !b.ws.state.docs.has(id), 2000, 'the deletion on the other side')
    expect(list(b)).toEqual([])
    expect(await exists(keptFile(b, id))).toBe(false)
  })
})

describe('a theme deleted while a teammate codes with it', () => {
  /** Alice tags a statement with a theme while Bob, offline too, deletes it; both reconnect. */
  async function codedWhileDeleted(a: Side, b: Side) {
    const themeId = [...a.ws.state.themes.values()].find((t) => t.name === 'Alliance unity')!.id
    const statementId = [...a.ws.state.statements.keys()][4]!
    await disconnect(a, b)
    await a.api['statements.tag']({ statementIds: [statementId], themeIds: [themeId] })
    await b.api['themes.delete']({ id: themeId })
    await connect(a, b)
    await waitFor(() => list(a).length === 1 && list(b).length === 1, 5000, 'the conflict on both sides')
    return { themeId, statementId }
  }

  it('lists the codings on both sides, applied nowhere; Restore brings the theme and the coding back for both', async () => {
    const [a, b] = await team()
    const { themeId, statementId } = await codedWhileDeleted(a, b)
    for (const s of [a, b]) {
      expect(s.ws.state.themes.has(themeId)).toBe(false)
      expect(s.ws.state.statements.get(statementId)!.themeIds).not.toContain(themeId)
    }
    expect(list(a)[0]).toMatchObject({
      id: `theme:${themeId}`,
      kind: 'deletedTheme',
      themeName: 'Alliance unity',
      deletedBy: 'Bob',
      deletedByYou: false,
      codings: 1,
      yours: 1
    })
    expect(list(b)[0]).toMatchObject({ deletedByYou: true, yours: 0, codings: 1 })

    await b.sync.conflicts.resolve(`theme:${themeId}`, 'restore')
    await inSync(a, b)
    for (const s of [a, b])
      await waitFor(
        () => s.ws.state.statements.get(statementId)!.themeIds.includes(themeId),
        5000,
        'the coding back on each side'
      )
    expect(a.ws.state.themes.get(themeId)!.name).toBe('Alliance unity')
    expect(list(a)).toEqual([])
    expect(list(b)).toEqual([])
    expect(shared(a)).toBe(shared(b))
  })

  it('Drop the codings removes them from the team copy on both sides and changes no statement', async () => {
    const [a, b] = await team()
    const { themeId } = await codedWhileDeleted(a, b)
    const before = shared(a)
    await a.sync.conflicts.resolve(`theme:${themeId}`, 'confirm')
    await inSync(a, b)
    await waitFor(() => list(b).length === 0, 5000, 'the conflict gone on the other side')
    expect(list(a)).toEqual([])
    expect(shared(a)).toBe(before)
    expect(shared(b)).toBe(before)
  })

  it('refuses an action that does not fit, and a theme with no such codings', async () => {
    const [a, b] = await team()
    const { themeId } = await codedWhileDeleted(a, b)
    await expect(a.sync.conflicts.resolve(`theme:${themeId}`, 'accept')).rejects.toThrow(ApiError)
    await expect(a.sync.conflicts.resolve('theme:th-nothing', 'restore')).rejects.toThrow(
      'no codings of a deleted theme'
    )
    expect(list(a)).toHaveLength(1)
  })
})
