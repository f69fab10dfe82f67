import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Theme } from '../shared/domain'
import { cliResult, runCli, type CliProcess } from './testing/cli-process'
import { checkPasses, syncArgs, syncToEnd } from './testing/cli-sync'
import { startCliSyncServer } from './testing/cli-sync-server'
import { syncedCore } from './testing/synced-core'
import { TEAM_TOKEN, exportOf, openSide, twoCopies } from './testing/sync-fixture'

/** Each step spawns Node processes on a shared machine: generous, never hit when all is well. */
const TIMEOUT = 180_000

let env: Awaited<ReturnType<typeof twoCopies>>
let server: CliProcess | null = null

async function startServer(port = 0, extra: string[] = []): Promise<{ url: string; port: number }> {
  const started = await startCliSyncServer(join(env.root, 'server'), { port, extra })
  server = started.process
  return started
}

/** Many edits made while not connected, so that an exchange takes a moment. */
async function editOffline(dir: string, prefix: string, n: number): Promise<void> {
  const s = await openSide(dir)
  try {
    const statements = [...s.ws.state.statements.keys()]
    for (let i = 0; i < n; i++) {
      const theme = await s.api['themes.create']({ name: `${prefix} ${i}` })
      await s.api['statements.tag']({
        statementIds: [statements[i % statements.length]!],
        themeIds: [theme.id]
      })
    }
    await s.api['notes.create']({ title: `${prefix} note` })
  } finally {
    await s.close()
  }
}

async function exportsOf(...dirs: string[]): Promise<string[]> {
  const out: string[] = []
  for (const dir of dirs) {
    const s = await openSide(dir)
    out.push(exportOf(s))
    await s.close()
  }
  return out
}

const themesNamed = async (dir: string, prefix: string): Promise<number> => {
  const s = await openSide(dir)
  const n = [...s.ws.state.themes.values()].filter((t) => t.name.startsWith(prefix)).length
  await s.close()
  return n
}

const workspaceIdOf = async (dir: string): Promise<string> => {
  const s = await openSide(dir)
  const id = s.ws.state.meta!.id
  await s.close()
  return id
}

const opensslWorks = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

beforeEach(async () => {
  env = await twoCopies()
})

afterEach(async () => {
  await server?.kill9()
  server = null
  await env.cleanup()
})

describe('killing either side mid-sync (kill -9 of real processes)', () => {
  it(
    'a client killed mid-exchange loses nothing: the next sync completes, both sides match and check passes',
    { timeout: TIMEOUT },
    async () => {
      const { url } = await startServer()
      await editOffline(env.a, 'A', 150)
      for (const delayMs of [0, 40, 120]) {
        const client = runCli(syncArgs(env.a, url))
        await client.waitFor(/connected to/)
        await new Promise((r) => setTimeout(r, delayMs))
        await client.kill9()
        await checkPasses(env.a)
      }
      await syncToEnd(env.a, url)
      await syncToEnd(env.b, url)
      expect(await themesNamed(env.b, 'A ')).toBe(150)
      const [a, b] = await exportsOf(env.a, env.b)
      expect(b).toBe(a)
      await checkPasses(env.a)
      await checkPasses(env.b)
    }
  )

  it(
    'a server killed mid-exchange loses nothing acknowledged: after its restart both sides converge',
    { timeout: TIMEOUT },
    async () => {
      const { url, port } = await startServer()
      await editOffline(env.a, 'A', 40)
      await syncToEnd(env.a, url)
      await editOffline(env.b, 'B', 150)
      const client = runCli(syncArgs(env.b, url, 10))
      await client.waitFor(/connected to/)
      await new Promise((r) => setTimeout(r, 30))
      await server!.kill9()
      const code = await client.exited
      // Whether the exchange finished before the kill or not, the client exits and its workspace is whole.
      if (code !== 0) expect(client.output()).toMatch(/sync failed/)
      await checkPasses(env.b)

      await startServer(port)
      await syncToEnd(env.b, url)
      await syncToEnd(env.a, url)
      await syncToEnd(env.b, url)
      expect(await themesNamed(env.a, 'B ')).toBe(150)
      expect(await themesNamed(env.b, 'A ')).toBe(40)
      const [a, b] = await exportsOf(env.a, env.b)
      expect(b).toBe(a)
      await checkPasses(env.a)
      await checkPasses(env.b)
    }
  )

  it(
    'what the server acknowledged is on its disk: killed at once after the ack, it still gives it to a new member',
    { timeout: TIMEOUT },
    async () => {
      const { url, port } = await startServer()
      await syncToEnd(env.a, url)
      const { core, sync } = await syncedCore(env.a)
      try {
        const statementIds = [
          ((await core.dispatch('statements.list', { limit: 1 })) as { items: { id: string }[] }).items[0]!.id
        ]
        const live = sync.connect(url, TEAM_TOKEN)
        await live.inSync(30_000)
        for (let i = 1; i <= 3; i++) {
          const theme = (await core.dispatch('themes.create', { name: `Round ${i}` })) as Theme
          await core.dispatch('statements.tag', { statementIds, themeIds: [theme.id] })
        }
        // Acknowledged by the server, which stays connected (so it stores nothing on a disconnect) and dies at once.
        await live.inSync(30_000)
        await server!.kill9()
        await live.close()
      } finally {
        await core.close()
      }
      await startServer(port)
      const id = await workspaceIdOf(env.a)
      // The one who made the edits is not there: only the server's disk can hold them.
      const dir = join(env.root, 'newcomer')
      const r = await cliResult(['clone', `${url}/${id}`, dir, '--token', TEAM_TOKEN])
      expect(r.code, r.output).toBe(0)
      expect(await themesNamed(dir, 'Round ')).toBe(3)
      await checkPasses(dir)
    }
  )

  it(
    "clone makes a teammate's workspace from the team copy (and refuses a folder in use)",
    { timeout: TIMEOUT },
    async () => {
      const { url } = await startServer()
      await editOffline(env.a, 'A', 20)
      await syncToEnd(env.a, url)
      const id = await workspaceIdOf(env.a)

      const dir = join(env.root, 'clone')
      const r = await cliResult(['clone', `${url}/${id}`, dir, '--token', TEAM_TOKEN])
      expect(r.code, r.output).toBe(0)
      expect(r.output).toMatch(/connected to/)
      expect(r.output).toMatch(/cloned into/)
      await checkPasses(dir)
      // The same workspace but for who codes on each side (the clone's coder is its own).
      const withoutCoders = (text: string) => {
        const { coderId: _, coders: __, ...rest } = JSON.parse(text) as Record<string, unknown>
        return rest
      }
      const [original, cloned] = await exportsOf(env.a, dir)
      expect(withoutCoders(cloned!)).toEqual(withoutCoders(original!))

      const refused = await cliResult(['clone', `${url}/${id}`, env.b, '--token', TEAM_TOKEN])
      expect(refused.code).not.toBe(0)
      expect(refused.output).toMatch(/is not empty/)
      await checkPasses(env.b)
    }
  )

  it(
    'clone refuses a workspace id the server does not hold, in one line, and leaves nothing behind',
    { timeout: TIMEOUT },
    async () => {
      const { url } = await startServer()
      await syncToEnd(env.a, url)
      const fresh = join(env.root, 'new', 'team')
      const unknown = await cliResult(['clone', `${url}/ws-unknown42`, fresh, '--token', TEAM_TOKEN])
      expect(unknown.code).toBe(2)
      expect(unknown.output.trim().split('\n').at(-1)).toBe(
        'dossier: clone failed: the server has no workspace ws-unknown42'
      )
      expect(existsSync(join(env.root, 'new'))).toBe(false)

      // A folder made for it beforehand is kept, empty as it was.
      const empty = join(env.root, 'empty')
      await mkdir(empty)
      const again = await cliResult(['clone', `${url}/ws-unknown42`, empty, '--token', TEAM_TOKEN])
      expect(again.code).toBe(2)
      expect(await readdir(empty)).toEqual([])
      // Nothing was sent: the server made no team copy of that id (and still has the real one).
      await server!.kill9()
      const kept = await readdir(join(env.root, 'server'))
      expect(kept).toContain(`${await workspaceIdOf(env.a)}.ydoc`)
      expect(kept.filter((f) => f.startsWith('ws-unknown42'))).toEqual([])
    }
  )

  it.skipIf(!opensslWorks)(
    'serves wss:// with --tls-cert/--tls-key to a client that trusts the certificate (skipped without openssl)',
    { timeout: TIMEOUT },
    async () => {
      const [cert, key] = [join(env.root, 'cert.pem'), join(env.root, 'key.pem')]
      // A self-signed certificate for 127.0.0.1, as a team without a CA would make one.
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1'].concat([
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1'
        ]),
        { stdio: 'ignore' }
      )
      const { url } = await startServer(0, ['--tls-cert', cert, '--tls-key', key])
      expect(url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/)
      await editOffline(env.a, 'A', 5)
      const trusted = { NODE_EXTRA_CA_CERTS: cert }
      const a = await cliResult(syncArgs(env.a, url), trusted)
      expect(a.code, a.output).toBe(0)
      const b = await cliResult(syncArgs(env.b, url), trusted)
      expect(b.code, b.output).toBe(0)
      expect(await themesNamed(env.b, 'A ')).toBe(5)

      const untrusting = await cliResult(syncArgs(env.b, url, 5))
      expect(untrusting.code).not.toBe(0)
      expect(untrusting.output).toMatch(/sync failed/)
    }
  )
})
