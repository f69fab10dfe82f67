import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../core/handlers/create-handlers'
import { WorkspaceStore } from '../core/store/workspace-store'
import { Tasks } from '../core/tasks'
import { Workspace } from '../core/workspace'
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
const links: SyncConnection[] = []

beforeEach(async () => {
  env = await twoCopies()
  server = await startTestServer(join(env.root, 'server'))
})

afterEach(async () => {
  for (const l of links.splice(0)) await l.close()
  for (const s of open.splice(0)) await s.close()
  await server.close()
  await env.cleanup()
})

const connect = (s: Side) => {
  const c = s.sync.connect(server.url, TEAM_TOKEN, { onLog: (l) => s.logged.push(l) })
  links.push(c)
  return c
}

/** Alice on `a` and Bob on `b`, in sync once, then both offline. */
async function aliceAndBobOffline() {
  const [a, b] = [await openSide(env.a), await openSide(env.b)]
  open.push(a, b)
  const [ca, cb] = [connect(a), connect(b)]
  await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
  const alice = (await a.api['coders.setCurrent']({ name: 'Alice' })).current!.id
  const bob = (await b.api['coders.setCurrent']({ name: 'Bob' })).current!.id
  await Promise.all([ca.inSync(5000), cb.inSync(5000)])
  const offline = async () => {
    for (const l of links.splice(0)) await l.close()
  }
  return { a, b, alice, bob, offline }
}

/** The export of a side but for who codes on it (Alice here, Bob there). */
const teamExport = (s: Side) => {
  const { coderId: _, ...rest } = JSON.parse(exportOf(s)) as { coderId?: string }
  return JSON.stringify(rest)
}

/** Both sides connected until the server has everything and both exports match. */
async function reconnect(a: Side, b: Side): Promise<void> {
  const [ca, cb] = [connect(a), connect(b)]
  await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
  await waitFor(() => teamExport(a) === teamExport(b), 5000, 'both exports to match')
  expect(a.sync.refused + b.sync.refused).toBe(0)
}

const themeId = (s: Side, name: string) => [...s.ws.state.themes.values()].find((t) => t.name === name)!.id
const statement = (s: Side, id: string) => s.ws.state.statements.get(id)!
const codings = (e: { codedBy?: { themeId: string; createdBy: string }[] }) =>
  (e.codedBy ?? []).map((c) => `${c.themeId} ${c.createdBy}`).sort()

/** Statements and highlights coded with a theme the workspace does not have. */
const dangling = (s: Side) =>
  [...s.ws.state.statements.values(), ...s.ws.state.annotations.values()].flatMap((e) =>
    e.themeIds.filter((t) => !s.ws.state.themes.has(t)).map((t) => `${e.id} ${t}`)
  )

/**
 * Closes `side`, runs `edit` on its workspace opened without sync (as the CLI, or the app with sync off, does),
 * and opens it again with sync.
 */
async function withSyncOff(side: Side, edit: (api: Side['api']) => Promise<void>): Promise<Side> {
  await side.close()
  open.splice(open.indexOf(side), 1)
  const ws = Workspace.fromStore(await WorkspaceStore.open(side.dir), { backgroundIndex: false })
  await edit(
    createHandlers(ws, new Tasks(), () => {
      throw new Error('no restore here')
    })
  )
  await ws.close()
  const again = await openSide(side.dir)
  open.push(again)
  return again
}

async function closeAndCheck(...sides: Side[]): Promise<void> {
  for (const s of sides) {
    await s.close()
    open.splice(open.indexOf(s), 1)
    expect((await WorkspaceStore.inspect(s.dir)).damaged).toEqual([])
  }
}

describe('codings made concurrently on two sides', () => {
  it('keeps both sides’ tags of one statement, each theme once, and an untag removes only what it saw', async () => {
    const { a, b, alice, bob, offline } = await aliceAndBobOffline()
    const [s1, s2, s3] = [...a.ws.state.statements.keys()]
    const [t1, t2, t3] = [...a.ws.state.themes.keys()]
    await a.api['statements.tag']({ statementIds: [s3!], themeIds: [t1!] })
    await waitFor(() => statement(b, s3!).themeIds.includes(t1!), 2000, 'the first tag on b')
    await offline()

    await a.api['statements.tag']({ statementIds: [s1!], themeIds: [t1!] })
    await b.api['statements.tag']({ statementIds: [s1!], themeIds: [t2!] })
    await a.api['statements.tag']({ statementIds: [s2!], themeIds: [t3!] })
    await b.api['statements.tag']({ statementIds: [s2!], themeIds: [t3!] })
    await a.api['statements.untag']({ statementIds: [s3!], themeIds: [t1!] })
    await b.api['statements.tag']({ statementIds: [s3!], themeIds: [t2!] })
    // A tag does not rewrite the statement: a teammate's speaker set meanwhile stays.
    const speaker = await b.api['speakers.create']({ name: 'A new voice' })
    await b.api['statements.setSpeaker']({ statementId: s1!, speakerId: speaker.id })
    await reconnect(a, b)

    // Concurrent tags come in the same order on both sides (the export compared above sorts them).
    expect(statement(a, s1!).themeIds).toEqual(statement(b, s1!).themeIds)
    expect(statement(a, s1!).codedBy).toEqual(statement(b, s1!).codedBy)
    for (const s of [a, b]) {
      expect([...statement(s, s1!).themeIds].sort()).toEqual([t1, t2].sort())
      expect(codings(statement(s, s1!))).toEqual([`${t1} ${alice}`, `${t2} ${bob}`].sort())
      expect(statement(s, s1!).speakerId).toBe(speaker.id)
      expect(statement(s, s2!).themeIds).toEqual([t3])
      expect(codings(statement(s, s2!))).toEqual([`${t3} ${alice}`, `${t3} ${bob}`].sort())
      expect(statement(s, s3!).themeIds).toEqual([t2])
      expect(codings(statement(s, s3!))).toEqual([`${t2} ${bob}`])
    }
    await closeAndCheck(a, b)
  })

  it('counts a statement tagged offline as one pending change, however many codings it got', async () => {
    const { a, offline } = await aliceAndBobOffline()
    await offline()
    const [s1, s2] = [...a.ws.state.statements.keys()]
    const [t1, t2] = [...a.ws.state.themes.keys()]
    expect(a.sync.pendingChanges).toBe(0)
    await a.api['statements.tag']({ statementIds: [s1!, s2!], themeIds: [t1!, t2!] })
    expect(a.sync.pendingChanges).toBe(2)
  })

  it('keeps both sides’ themes of one highlight', async () => {
    const { a, b, alice, bob, offline } = await aliceAndBobOffline()
    const [t1, t2, t3] = [...a.ws.state.themes.keys()]
    const document = [...a.ws.state.docs.values()][0]!.document
    const h = await a.api['annotations.create']({
      documentId: document.id,
      start: 0,
      end: 20,
      themeIds: [t1!]
    })
    await waitFor(() => b.ws.state.annotations.has(h.id), 2000, 'the highlight on b')
    await offline()

    await a.api['annotations.update']({ id: h.id, themeIds: [t1!, t2!] })
    await b.api['annotations.update']({ id: h.id, themeIds: [t3!, t1!] })
    await reconnect(a, b)

    for (const s of [a, b]) {
      const got = s.ws.state.annotations.get(h.id)!
      expect([...got.themeIds].sort()).toEqual([t1, t2, t3].sort())
      expect(codings(got)).toEqual([`${t1} ${alice}`, `${t2} ${alice}`, `${t3} ${bob}`].sort())
    }
    await closeAndCheck(a, b)
  })
})

describe('a theme changed on one side while the other codes with it', () => {
  it('renamed: the coding stays, under the new name', async () => {
    const { a, b, bob, offline } = await aliceAndBobOffline()
    const st = [...a.ws.state.statements.keys()][5]!
    const theme = themeId(a, 'Escalation risk')
    await offline()
    await a.api['themes.update']({ id: theme, name: 'Escalation (renamed)' })
    await b.api['statements.tag']({ statementIds: [st], themeIds: [theme] })
    await reconnect(a, b)

    for (const s of [a, b]) {
      expect(s.ws.state.themes.get(theme)!.name).toBe('Escalation (renamed)')
      expect(codings(statement(s, st))).toContain(`${theme} ${bob}`)
    }
  })

  it('merged: the coding ends on the theme it was merged into, on both sides', async () => {
    const { a, b, alice, bob, offline } = await aliceAndBobOffline()
    const [s1, s2] = [...a.ws.state.statements.keys()].slice(6)
    const [from, into] = [themeId(a, 'Escalation risk'), themeId(a, 'Alliance unity')]
    // Coded with it before, so that the merge moves a coding (how a merge is told from a deletion).
    await a.api['statements.tag']({ statementIds: [s1!], themeIds: [from] })
    await waitFor(() => statement(b, s1!).themeIds.includes(from), 2000, 'the tag on b')
    await offline()
    await a.api['themes.merge']({ fromId: from, intoId: into })
    await b.api['statements.tag']({ statementIds: [s2!], themeIds: [from] })
    await reconnect(a, b)

    for (const s of [a, b]) {
      expect(s.ws.state.themes.has(from)).toBe(false)
      expect(statement(s, s2!).themeIds).toContain(into)
      expect(statement(s, s2!).themeIds).not.toContain(from)
      expect(codings(statement(s, s2!))).toContain(`${into} ${bob}`)
      expect(codings(statement(s, s1!))).toContain(`${into} ${alice}`)
      expect(dangling(s)).toEqual([])
      expect(s.logged.join('\n')).not.toMatch(/deleted by a teammate/)
    }
    await closeAndCheck(a, b)
  })

  it('merged while nobody had coded with it: the teammate’s new coding still ends on the theme it went into', async () => {
    const { a, b, bob, offline } = await aliceAndBobOffline()
    const st = [...a.ws.state.statements.keys()][7]!
    const { id: from } = await a.api['themes.create']({ name: 'Never coded' })
    const into = themeId(a, 'Alliance unity')
    await waitFor(() => b.ws.state.themes.has(from), 2000, 'the new theme on b')
    await offline()
    // Nothing moves with this merge: only the merge itself says it was not a deletion.
    await a.api['themes.merge']({ fromId: from, intoId: into })
    await b.api['statements.tag']({ statementIds: [st], themeIds: [from] })
    await reconnect(a, b)

    for (const s of [a, b]) {
      expect(s.ws.state.themes.has(from)).toBe(false)
      expect(codings(statement(s, st))).toContain(`${into} ${bob}`)
      expect(dangling(s)).toEqual([])
      expect(s.logged.join('\n')).not.toMatch(/deleted by a teammate/)
    }
    await closeAndCheck(a, b)
  })

  it('merged with sync off (the CLI): the teammate’s coding ends on the theme it went into, nothing listed', async () => {
    const { a: a0, b, alice, bob, offline } = await aliceAndBobOffline()
    const [s1, s2] = [...a0.ws.state.statements.keys()].slice(9)
    const [from, into] = [themeId(a0, 'Escalation risk'), themeId(a0, 'Alliance unity')]
    await a0.api['statements.tag']({ statementIds: [s1!], themeIds: [from] })
    await waitFor(() => statement(b, s1!).themeIds.includes(from), 2000, 'the tag on b')
    await offline()
    const a = await withSyncOff(a0, async (api) => {
      await api['themes.merge']({ fromId: from, intoId: into })
    })
    await b.api['statements.tag']({ statementIds: [s2!], themeIds: [from] })
    await reconnect(a, b)

    for (const s of [a, b]) {
      expect(s.ws.state.themes.has(from)).toBe(false)
      expect(codings(statement(s, s1!))).toEqual([`${into} ${alice}`])
      expect(codings(statement(s, s2!))).toContain(`${into} ${bob}`)
      expect(dangling(s)).toEqual([])
      expect(s.sync.conflicts.list()).toEqual([])
      expect(s.logged.join('\n')).not.toMatch(/deleted by a teammate/)
    }
    await closeAndCheck(a, b)
  })

  it('deleted with sync off (the CLI): the teammate’s coding is listed as deleted by that analyst, and can come back', async () => {
    const { a: a0, b, alice, offline } = await aliceAndBobOffline()
    const [s1, s2] = [...a0.ws.state.statements.keys()].slice(11)
    const theme = themeId(a0, 'Escalation risk')
    await a0.api['statements.tag']({ statementIds: [s1!], themeIds: [theme] })
    await waitFor(() => statement(b, s1!).themeIds.includes(theme), 2000, 'the tag on b')
    await offline()
    const a = await withSyncOff(a0, async (api) => {
      await api['themes.delete']({ id: theme })
    })
    await b.api['statements.tag']({ statementIds: [s2!], themeIds: [theme] })
    await reconnect(a, b)

    for (const s of [a, b]) {
      expect(s.ws.state.themes.has(theme)).toBe(false)
      expect(statement(s, s1!).themeIds).not.toContain(theme)
      expect(statement(s, s2!).themeIds).not.toContain(theme)
      const [listed, ...more] = s.sync.conflicts.list()
      expect(more).toEqual([])
      // Alice's own coding went with the theme; Bob's, made meanwhile, waits for someone to decide.
      expect(listed).toMatchObject({ kind: 'deletedTheme', themeId: theme, codings: 1 })
      expect(listed).toMatchObject({ themeName: 'Escalation risk' })
      expect(s.ws.state.coders.get(alice)?.name).toBe('Alice')
    }
    expect(a.sync.conflicts.list()[0]).toMatchObject({ deletedByYou: true, yours: 0 })
    expect(b.sync.conflicts.list()[0]).toMatchObject({ deletedBy: 'Alice', deletedByYou: false, yours: 1 })

    await b.sync.conflicts.resolve(`theme:${theme}`, 'restore')
    for (const s of [a, b])
      await waitFor(() => statement(s, s2!).themeIds.includes(theme), 3000, 'the coding back after restore')
    await closeAndCheck(a, b)
  })

  it('deleted: the coding is not applied, it is listed, and both sides converge', async () => {
    const { a, b, offline } = await aliceAndBobOffline()
    const st = [...a.ws.state.statements.keys()][8]!
    const theme = themeId(a, 'Escalation risk')
    await offline()
    await a.api['themes.delete']({ id: theme })
    await b.api['statements.tag']({ statementIds: [st], themeIds: [theme] })
    await reconnect(a, b)

    for (const s of [a, b]) {
      expect(s.ws.state.themes.has(theme)).toBe(false)
      expect(statement(s, st).themeIds).not.toContain(theme)
      expect(dangling(s)).toEqual([])
      expect(s.logged).toContain('1 coding uses a theme deleted by a teammate; not applied')
    }

    // Not lost: when the deletion is undone, the teammate's coding comes back on both sides.
    expect((await a.api['history.undo']({})).redoLabel).toBe('Delete theme')
    for (const s of [a, b])
      await waitFor(() => statement(s, st).themeIds.includes(theme), 2000, 'the coding back after the undo')
    await closeAndCheck(a, b)
  })
})
