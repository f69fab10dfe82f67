import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import WebSocket from 'ws'
import { describe, expect, it } from 'vitest'
import { readAllFiles } from '../core/testing/read-all-files'
import { rawClient } from './testing/raw-client'
import { TEAM_TOKEN, exportOf, waitFor, type Side } from './testing/sync-fixture'
import { useTeamFixture } from './testing/team-fixture'

const team = useTeamFixture()
const { side, connect } = team
const themeId = (s: Side, name: string) => [...s.ws.state.themes.values()].find((t) => t.name === name)!.id
const statementIds = (s: Side) => [...s.ws.state.statements.keys()]

describe('team sync through a real Hocuspocus server', () => {
  it('shows an edit on one side on the other within a second', async () => {
    const [a, b] = [await side(team.env.a), await side(team.env.b)]
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
    await team.closeSide(b)
    const reopened = await side(team.env.b)
    expect(reopened.ws.state.statements.get(st)!.themeIds).toContain(theme)
  })

  it("shows each teammate's coders on every side, while each side keeps who codes on it", async () => {
    const [a, b] = [await side(team.env.a), await side(team.env.b)]
    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
    const bCurrent = (await b.api['coders.list']({})).current
    const alice = (await a.api['coders.setCurrent']({ name: 'Alice' })).current!
    const bob = (await b.api['coders.setCurrent']({ name: 'Bob' })).current!
    await waitFor(() => b.ws.state.coders.has(alice.id) && a.ws.state.coders.has(bob.id), 1000, 'both coders')
    expect((await a.api['coders.list']({})).current).toEqual(alice)
    expect((await b.api['coders.list']({})).current).toEqual(bob)
    expect(bCurrent?.id).not.toBe(bob.id)

    // Bob's tag is credited to Bob on Alice's side too.
    const st = statementIds(b)[2]!
    await b.api['statements.tag']({ statementIds: [st], themeIds: [themeId(b, 'Escalation risk')] })
    await waitFor(
      () => a.ws.state.statements.get(st)!.codedBy?.some((c) => c.createdBy === bob.id) ?? false,
      1000,
      "Bob's coding on Alice's side"
    )
    await Promise.all([ca.inSync(5000), cb.inSync(5000)])
    expect([...a.ws.state.coders.keys()].sort()).toEqual([...b.ws.state.coders.keys()].sort())
    expect(a.sync.refused + b.sync.refused).toBe(0)
  })

  it("a teammate joining from an older copy takes the team's edits, never reverts them", async () => {
    const a = await side(team.env.a)
    const ca = connect(a)
    await ca.inSync(10_000)
    const st = statementIds(a)[4]!
    const theme = themeId(a, 'Alliance unity')
    await a.api['statements.tag']({ statementIds: [st], themeIds: [theme] })
    await a.api['themes.update']({ id: themeId(a, 'Escalation risk'), name: 'Escalation (renamed)' })
    await ca.inSync(5000)

    // b is a copy made before those edits, connecting for the first time.
    const b = await side(team.env.b)
    await connect(b).inSync(10_000)
    await ca.inSync(5000)
    for (const s of [a, b]) {
      expect(s.ws.state.statements.get(st)!.themeIds).toContain(theme)
      expect([...s.ws.state.themes.values()].map((t) => t.name)).toContain('Escalation (renamed)')
    }
    expect(exportOf(b)).toBe(exportOf(a))
  })

  it("undoes only this side's own edits, keeping what a teammate did since", async () => {
    const [a, b] = [await side(team.env.a), await side(team.env.b)]
    const [ca, cb] = [connect(a), connect(b)]
    await Promise.all([ca.inSync(10_000), cb.inSync(10_000)])
    const [s1, s2] = statementIds(a)
    const [t1, t2] = [themeId(a, 'Escalation risk'), themeId(a, 'Alliance unity')]
    await a.api['statements.tag']({ statementIds: [s1!], themeIds: [t1] })
    const speaker = a.ws.state.statements.get(s2!)!.speakerId
    await a.api['statements.setSpeaker']({ statementId: s2!, speakerName: 'Ana Quoted' })
    const mine = await a.api['themes.create']({ name: 'Only mine' })
    await waitFor(
      () => b.ws.state.statements.get(s1!)!.themeIds.includes(t1),
      1000,
      'the tag on the other side'
    )
    // The teammate codes the same statement, and the one this side last edited.
    await b.api['statements.tag']({ statementIds: [s1!, s2!], themeIds: [t2] })
    await waitFor(() => a.ws.state.statements.get(s1!)!.themeIds.includes(t2), 1000, "the teammate's tag")

    await a.api['history.undo']({})
    expect(a.ws.state.themes.has(mine.id)).toBe(false)
    await a.api['history.undo']({})
    await a.api['history.undo']({})
    expect(a.ws.state.statements.get(s1!)!.themeIds).toEqual([t2])
    expect(a.ws.state.statements.get(s2!)!.themeIds).toContain(t2)
    expect(a.ws.state.statements.get(s2!)!.speakerId).toBe(speaker)
    expect(a.ws.history().canUndo).toBe(false)
    await waitFor(
      () => !b.ws.state.themes.has(mine.id) && !b.ws.state.statements.get(s1!)!.themeIds.includes(t1),
      1000,
      'the undo on the other side'
    )
    expect(b.ws.state.statements.get(s1!)!.themeIds).toEqual([t2])

    // Redo puts this side's tag back beside the teammate's.
    await a.api['history.redo']({})
    expect(a.ws.state.statements.get(s1!)!.themeIds.sort()).toEqual([t1, t2].sort())
  })

  it('converges after hundreds of offline edits on both sides', async () => {
    const [a, b] = [await side(team.env.a), await side(team.env.b)]
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
    const a = await side(team.env.a)
    await a.api['statements.tag']({
      statementIds: [statementIds(a)[0]!],
      themeIds: [themeId(a, 'Escalation risk')]
    })
    // The edit's own save (the Y.Doc beside the workspace) is done before the connection is tried.
    await a.sync.save()
    const before = await readAllFiles(team.env.a)
    const c = connect(a, 'not-the-team-token-at-all')
    await expect(c.inSync(5000)).rejects.toThrow(/refused the token/)
    expect(await readdir(team.dataDir).catch(() => [])).toEqual([])
    expect(team.server.logged.some((l) => l.includes('wrong token'))).toBe(true)
    const after = await readAllFiles(team.env.a)
    expect(after).toEqual(before)
  })

  it('refuses an upgrade from a foreign Origin, accepts a loopback one', async () => {
    const status = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(team.server.url, { origin })
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
    expect(team.server.logged.filter((l) => l.includes('foreign Origin'))).toHaveLength(1)
  })

  it('refuses a malformed update from the server and writes nothing of it', async () => {
    const a = await side(team.env.a)
    const ca = connect(a)
    await ca.inSync(10_000)
    const st = statementIds(a)[5]!
    const good = a.ws.state.statements.get(st)!
    const before = await readAllFiles(team.env.a)
    const workspaceFiles = (files: Map<string, Buffer>) =>
      new Map([...files].filter(([f]) => !f.startsWith('sync/')))

    // A hostile client with the team token writes straight into the shared Y.Doc.
    const hostile = await rawClient(team.server.url, a.ws.state.meta!.id)
    team.onCleanup(hostile.close)
    const { doc } = hostile
    doc.transact(() => {
      doc.getMap('statements').set(st, { ...good, themeIds: 'everything', speakerId: 42 })
      doc.getMap('themes').set('t-evil', { id: 't-evil', name: '' })
      doc.getMap('notes').set('n-evil', { id: 'someone-else', title: 'x' })
      doc.getMap('coders').set('cd-evil', { id: 'cd-evil', name: '   ' })
    })
    await waitFor(() => a.sync.refused >= 4, 2000, 'the refusals')
    await ca.inSync(5000)
    expect(a.ws.state.statements.get(st)).toEqual(good)
    expect(a.ws.state.themes.has('t-evil')).toBe(false)
    expect(a.ws.state.coders.has('cd-evil')).toBe(false)
    expect(a.logged.filter((l) => l.startsWith('refused from the server'))).toHaveLength(4)
    expect(workspaceFiles(await readAllFiles(team.env.a))).toEqual(workspaceFiles(before))
  })

  it('keeps the shared copy across a server restart', async () => {
    const a = await side(team.env.a)
    const ca = connect(a)
    await ca.inSync(10_000)
    const file = join(team.dataDir, `${a.ws.state.meta!.id}.ydoc`)
    await waitFor(() => existsSync(file), 3000, 'the server to write the Y.Doc whole')
    const { id } = await a.api['themes.create']({ name: 'Made before the restart' })
    await ca.inSync(5000)
    await ca.close()
    await team.server.close()
    expect((await readFile(file)).length).toBeGreaterThan(0)
    // The theme came after the Y.Doc was written whole: it was appended.
    expect(existsSync(`${file}-updates`)).toBe(true)

    await team.restartServer()
    const b = await side(team.env.b)
    expect(b.ws.state.themes.has(id)).toBe(false)
    await connect(b).inSync(10_000)
    expect(b.ws.state.themes.get(id)?.name).toBe('Made before the restart')
  })

  it('says when the server cannot be reached', async () => {
    const a = await side(team.env.a)
    const c = a.sync.connect('ws://127.0.0.1:9', TEAM_TOKEN)
    team.onCleanup(c.close)
    await expect(c.inSync(5000)).rejects.toThrow(/cannot reach ws:\/\/127\.0\.0\.1:9/)
  })
})
