import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Api, ChangeEvent, SyncStatus } from '../shared/api'
import { coreClient } from '../core/core-client'
import type { CoreService } from '../core/core-service'
import { openCore } from '../core/open-core'
import { readAllFiles } from '../core/testing/read-all-files'
import { syncSettingsPath } from '../core/sync/sync-settings-file'
import { TEAM_TOKEN, startTestServer, twoCopies } from './testing/sync-fixture'

interface LiveSide {
  core: CoreService
  api: Api
  events: SyncStatus[]
  logged: string[]
  close(): Promise<void>
}

let env: Awaited<ReturnType<typeof twoCopies>>
let dataDir: string
let server: Awaited<ReturnType<typeof startTestServer>> | null
const open: LiveSide[] = []

async function live(dir: string, sync?: 'saved'): Promise<LiveSide> {
  const logged: string[] = []
  const core = await openCore(dir, { sync, onSyncLog: (l) => logged.push(l), validateOutput: true })
  const events: SyncStatus[] = []
  core.onChange((e: ChangeEvent) => {
    if (e.sync) events.push(e.sync)
  })
  let closed = false
  const side: LiveSide = {
    core,
    api: coreClient(core),
    events,
    logged,
    close: async () => {
      if (closed) return
      closed = true
      await core.close()
    }
  }
  open.push(side)
  return side
}

const status = (s: LiveSide) => s.api['sync.status']({})
const isState = async (s: LiveSide, state: SyncStatus['state']) => (await status(s)).state === state
async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
  return Date.now() - started
}
const themeNamed = async (s: LiveSide, name: string) =>
  (await s.api['themes.list']({})).find((t) => t.name === name)

beforeEach(async () => {
  env = await twoCopies()
  dataDir = join(env.root, 'server')
  server = await startTestServer(dataDir)
})

afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
  await server?.close()
  await env.cleanup()
})

describe('the live team connection of an open workspace', () => {
  it('is off until connected; then pushes each edit as it is made and reports its status', async () => {
    const [a, b] = [await live(env.a), await live(env.b)]
    expect(await status(a)).toEqual({ state: 'off', pendingChanges: 0 })
    await a.api['sync.connect']({ url: server!.url, token: TEAM_TOKEN })
    await b.api['sync.connect']({ url: `${server!.url}/`, token: TEAM_TOKEN })
    await until(
      async () => (await isState(a, 'connected')) && (await isState(b, 'connected')),
      10_000,
      'both'
    )
    expect(await status(b)).toEqual({ state: 'connected', pendingChanges: 0, server: server!.url })
    // The renderer hears it too (events are coalesced, so a moment later).
    await until(async () => a.events.some((e) => e.state === 'connected'), 1000, 'the connected event')

    for (let i = 0; i < 5; i++) {
      await a.api['themes.create']({ name: `Live ${i}` })
      const ms = await until(async () => Boolean(await themeNamed(b, `Live ${i}`)), 1000, `Live ${i} on b`)
      expect(ms).toBeLessThan(1000)
    }
    const created = await b.api['notes.create']({ title: 'From b' })
    await until(
      async () => (await a.api['notes.list']({})).some((n) => n.id === created.id),
      1000,
      'the note'
    )
    await until(async () => isState(a, 'connected'), 2000, 'a acknowledged')
    expect((await status(a)).pendingChanges).toBe(0)

    // The token is kept beside the workspace for this user only, and never exported.
    const settings = syncSettingsPath(a.core.dir)
    expect((await stat(settings)).mode & 0o777).toBe(0o600)
    const exported = await a.api['export.run']({ format: 'json' })
    expect(JSON.stringify(exported)).not.toContain(TEAM_TOKEN)
  })

  it('keeps edits made while the server is down and sends them when it is back', async () => {
    const [a, b] = [await live(env.a), await live(env.b)]
    for (const s of [a, b]) await s.api['sync.connect']({ url: server!.url, token: TEAM_TOKEN })
    await until(
      async () => (await isState(a, 'connected')) && (await isState(b, 'connected')),
      10_000,
      'both'
    )
    const port = Number(new URL(server!.url).port)
    await server!.close()
    server = null
    await until(async () => isState(a, 'offline'), 5000, 'a offline')

    await a.api['themes.create']({ name: 'Made offline' })
    await a.api['notes.create']({ title: 'Written offline' })
    const offline = await status(a)
    expect(offline).toMatchObject({ state: 'offline', pendingChanges: 2, server: expect.any(String) })
    expect(Date.parse(offline.offlineSince!)).toBeLessThanOrEqual(Date.now())
    await until(async () => a.events.at(-1)?.pendingChanges === 2, 1000, 'the status event')

    server = await startTestServer(dataDir, port)
    const ms = await until(
      async () => Boolean(await themeNamed(b, 'Made offline')),
      15_000,
      'the offline edit'
    )
    await until(async () => (await status(a)).pendingChanges === 0, 5000, 'the acknowledgement')
    expect(ms).toBeLessThan(15_000)
    expect((await b.api['notes.list']({})).map((n) => n.title)).toContain('Written offline')
  })

  it('resumes the saved connection when the workspace is opened again, and stops on disconnect', async () => {
    const a = await live(env.a)
    await a.api['sync.connect']({ url: server!.url, token: TEAM_TOKEN })
    await until(async () => isState(a, 'connected'), 10_000, 'a connected')
    await a.close()
    // Edited while the app was closed (the CLI): sent when it opens again.
    const cli = await live(env.a)
    await cli.api['themes.create']({ name: 'Made by the CLI' })
    expect(await status(cli)).toMatchObject({ state: 'off' })
    await cli.close()

    const again = await live(env.a, 'saved')
    const b = await live(env.b)
    await b.api['sync.connect']({ url: server!.url, token: TEAM_TOKEN })
    await until(async () => Boolean(await themeNamed(b, 'Made by the CLI')), 10_000, 'the CLI edit on b')

    expect(await again.api['sync.disconnect']({})).toEqual({ state: 'off', pendingChanges: 0 })
    await expect(stat(syncSettingsPath(again.core.dir))).rejects.toThrow(/ENOENT/)
    await b.api['themes.create']({ name: 'After a left' })
    await new Promise((r) => setTimeout(r, 300))
    expect(await themeNamed(again, 'After a left')).toBeUndefined()
  })

  it('says the server refused the token, and reaches nothing', async () => {
    const a = await live(env.a)
    await a.api['sync.connect']({ url: server!.url, token: 'a-wrong-token-0123456789' })
    await until(async () => Boolean((await status(a)).error), 5000, 'the refusal')
    expect(await status(a)).toMatchObject({
      state: 'offline',
      error: expect.stringMatching(/refused the token/)
    })
  })

  it('refuses a connection it cannot make with a one-line reason and changes nothing', async () => {
    const a = await live(env.a)
    const before = await readAllFiles(env.a)
    await expect(a.api['sync.connect']({ url: 'http://example.org', token: TEAM_TOKEN })).rejects.toThrow(
      /ws:\/\/HOST:PORT/
    )
    await expect(a.api['sync.connect']({ url: server!.url, token: 'short' })).rejects.toThrow(/16 characters/)
    expect(await readAllFiles(env.a)).toEqual(before)
    expect(await status(a)).toEqual({ state: 'off', pendingChanges: 0 })
  })
})
