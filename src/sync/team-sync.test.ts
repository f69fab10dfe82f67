import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readAllFiles } from '../core/testing/read-all-files'
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
let dataDir: string
let server: Awaited<ReturnType<typeof startTestServer>>
const open: Side[] = []
const closers: (() => Promise<void>)[] = []

const side = async (dir: string) => {
  const s = await openSide(dir)
  open.push(s)
  return s
}
const connect = (s: Side, token = TEAM_TOKEN) => {
  const c = s.sync.connect(server.url, token, { onLog: (l) => s.logged.push(l) })
  closers.push(c.close)
  return c
}
const themeId = (s: Side, name: string) => [...s.ws.state.themes.values()].find((t) => t.name === name)!.id
const statementIds = (s: Side) => [...s.ws.state.statements.keys()]

beforeEach(async () => {
  env = await twoCopies()
  dataDir = join(env.root, 'server')
  server = await startTestServer(dataDir)
})

afterEach(async () => {
  for (const c of closers.splice(0)) await c()
  for (const s of open.splice(0)) await s.close()
  await server.close()
  await env.cleanup()
})

describe('team sync through a real Hocuspocus server', () => {
  it('shows an edit on one side on the other within a second', async () => {
    const [a, b] = [await side(env.a), await side(env.b)]
    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
    const st = statementIds(a)[3]!
    const theme = themeId(a, 'Escalation risk')
    expect(b.ws.state.statements.get(st)!.themeIds).not.toContain(theme)

    await a.api['statements.tag']({ statementIds: [st], themeIds: [theme] })
    const ms = await waitFor(
      () => b.ws.state.statements.get(st)!.themeIds.includes(theme),
      1000,
      'the tag on the other side'
    )
    expect(ms).toBeLessThan(1000)
    // Written to the teammate's files, not only held in memory.
    await cb.inSync(5000)
    await b.close()
    open.splice(open.indexOf(b), 1)
    const reopened = await side(env.b)
    expect(reopened.ws.state.statements.get(st)!.themeIds).toContain(theme)
  })

  it("undoes only this side's own edits", async () => {
    const [a, b] = [await side(env.a), await side(env.b)]
    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
    const [s1, s2] = statementIds(a)
    const [t1, t2] = [themeId(a, 'Escalation risk'), themeId(a, 'Alliance unity')]
    await a.api['statements.tag']({ statementIds: [s1!], themeIds: [t1] })
    const mine = await a.api['themes.create']({ name: 'Only mine' })
    await b.api['statements.tag']({ statementIds: [s2!], themeIds: [t2] })
    await waitFor(() => a.ws.state.statements.get(s2!)!.themeIds.includes(t2), 1000, "the teammate's tag")

    await a.api['history.undo']({})
    expect(a.ws.state.themes.has(mine.id)).toBe(false)
    expect(a.ws.state.statements.get(s2!)!.themeIds).toContain(t2)
    // The tag on s1 was in the document the teammate just changed: that step is dropped, not replayed over it.
    expect(a.ws.history().canUndo).toBe(false)
    await waitFor(() => !b.ws.state.themes.has(mine.id), 1000, 'the undo on the other side')
  })

  it('converges after hundreds of offline edits on both sides', async () => {
    const [a, b] = [await side(env.a), await side(env.b)]
    const ids = statementIds(a)
    const themes = [...a.ws.state.themes.keys()]
    for (let i = 0; i < 150; i++) {
      await a.api['statements.tag']({
        statementIds: [ids[i % ids.length]!],
        themeIds: [themes[i % themes.length]!]
      })
      await b.api['statements.tag']({
        statementIds: [ids[(i * 7) % ids.length]!],
        themeIds: [themes[(i * 3) % themes.length]!]
      })
    }
    for (let i = 0; i < 40; i++) {
      await a.api['themes.create']({ name: `A theme ${i}` })
      await b.api['notes.create']({ title: `B note ${i}` })
    }
    await b.api['themes.delete']({ id: themes.at(-1)! })
    expect(exportOf(a)).not.toBe(exportOf(b))

    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(15_000), cb.inSync(15_000)])
    await waitFor(() => exportOf(a) === exportOf(b), 5000, 'both exports to match')
    expect(a.ws.state.notes.size).toBe(40)
    expect([...b.ws.state.themes.values()].filter((t) => t.name.startsWith('A theme'))).toHaveLength(40)
    expect(a.sync.refused + b.sync.refused).toBe(0)
  })

  it('refuses a wrong token: the client says so and nothing is written on either side', async () => {
    const a = await side(env.a)
    await a.api['statements.tag']({
      statementIds: [statementIds(a)[0]!],
      themeIds: [themeId(a, 'Escalation risk')]
    })
    const before = await readAllFiles(env.a)
    const c = connect(a, 'not-the-team-token-at-all')
    await expect(c.inSync(5000)).rejects.toThrow(/refused the token/)
    expect(await readdir(dataDir).catch(() => [])).toEqual([])
    expect(server.logged.some((l) => l.includes('wrong token'))).toBe(true)
    const after = await readAllFiles(env.a)
    expect(after).toEqual(before)
  })

  it('refuses an upgrade from a foreign Origin, accepts a loopback one', async () => {
    const status = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(server.url, { origin })
        socket.on('open', () => {
          socket.close()
          resolve(101)
        })
        socket.on('unexpected-response', (_req, res) => {
          socket.terminate()
          resolve(res.statusCode ?? 0)
        })
        socket.on('error', reject)
      })
    expect(await status('http://evil.example')).toBe(403)
    expect(await status('http://127.0.0.1:5173')).toBe(101)
    expect(server.logged.filter((l) => l.includes('foreign Origin'))).toHaveLength(1)
  })

  it('refuses a malformed update from the server and writes nothing of it', async () => {
    const a = await side(env.a)
    const ca = connect(a)
    await ca.inSync(10_000)
    const st = statementIds(a)[5]!
    const good = a.ws.state.statements.get(st)!
    const before = await readAllFiles(env.a)
    const workspaceFiles = (files: Map<string, Buffer>) =>
      new Map([...files].filter(([f]) => !f.startsWith('sync/')))

    // A hostile client with the team token writes straight into the shared Y.Doc.
    const doc = new Y.Doc()
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket })
    const hostile = new HocuspocusProvider({
      websocketProvider: socket,
      name: a.ws.state.meta!.id,
      document: doc,
      token: TEAM_TOKEN
    })
    hostile.attach()
    closers.push(async () => {
      hostile.destroy()
      socket.destroy()
    })
    await waitFor(() => hostile.synced, 5000, 'the hostile client to sync')
    doc.transact(() => {
      doc.getMap('statements').set(st, { ...good, themeIds: 'everything', speakerId: 42 })
      doc.getMap('themes').set('t-evil', { id: 't-evil', name: '' })
      doc.getMap('notes').set('n-evil', { id: 'someone-else', title: 'x' })
    })
    await waitFor(() => a.sync.refused >= 3, 2000, 'the refusals')
    await ca.inSync(5000)
    expect(a.ws.state.statements.get(st)).toEqual(good)
    expect(a.ws.state.themes.has('t-evil')).toBe(false)
    expect(a.logged.filter((l) => l.startsWith('refused from the server'))).toHaveLength(3)
    expect(workspaceFiles(await readAllFiles(env.a))).toEqual(workspaceFiles(before))
  })

  it('keeps the shared copy across a server restart', async () => {
    const a = await side(env.a)
    const ca = connect(a)
    await ca.inSync(10_000)
    const { id } = await a.api['themes.create']({ name: 'Made before the restart' })
    await ca.inSync(5000)
    await ca.close()
    await server.close()
    expect((await readFile(join(dataDir, `${a.ws.state.meta!.id}.ydoc`))).length).toBeGreaterThan(0)

    server = await startTestServer(dataDir)
    const b = await side(env.b)
    expect(b.ws.state.themes.has(id)).toBe(false)
    await connect(b).inSync(10_000)
    expect(b.ws.state.themes.get(id)?.name).toBe('Made before the restart')
  })

  it('says when the server cannot be reached', async () => {
    const a = await side(env.a)
    const c = a.sync.connect('ws://127.0.0.1:9', TEAM_TOKEN)
    closers.push(c.close)
    await expect(c.inSync(5000)).rejects.toThrow(/cannot reach ws:\/\/127\.0\.0\.1:9/)
  })
})
