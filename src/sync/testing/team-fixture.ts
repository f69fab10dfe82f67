import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { SyncConnection } from '../../core/sync/workspace-sync'
import { TEAM_TOKEN, openSide, startTestServer, twoCopies, type Side } from './sync-fixture'

type TestServer = Awaited<ReturnType<typeof startTestServer>>

export interface TeamFixture {
  /** Two copies of one seeded workspace (`a`, `b`) in a temp folder. */
  readonly env: Awaited<ReturnType<typeof twoCopies>>
  /** A real Hocuspocus server on 127.0.0.1 keeping its Y.Docs in `dataDir`. */
  readonly server: TestServer
  readonly dataDir: string
  /** Opens a side on `dir`, closed after the test. */
  side(dir: string): Promise<Side>
  /** Closes a side before the test ends (to reopen it, or to stop it syncing). */
  closeSide(side: Side): Promise<void>
  /** Connects a side to the server (its log lines go to side.logged), closed after the test. */
  connect(side: Side, token?: string): SyncConnection
  /** Runs `fn` after the test, before the sides close (in the order added). */
  onCleanup(fn: () => Promise<void> | void): void
  /** Starts the server again on the same data, after the test closed it (the fixture closes the new one). */
  restartServer(): Promise<TestServer>
}

/**
 * Registers beforeEach/afterEach hooks that give every test of the file two copies of a seeded workspace and a
 * real server, and close what the test opened through the fixture.
 */
export function useTeamFixture(): TeamFixture {
  let env: TeamFixture['env'] | null = null
  let server: TestServer | null = null
  const open: Side[] = []
  const cleanups: (() => Promise<void> | void)[] = []
  const dataDir = () => join(env!.root, 'server')

  beforeEach(async () => {
    env = await twoCopies()
    server = await startTestServer(dataDir())
  })

  afterEach(async () => {
    for (const fn of cleanups.splice(0)) await fn()
    for (const s of open.splice(0)) await s.close()
    await server?.close()
    await env?.cleanup()
    server = env = null
  })

  return {
    get env() {
      return env!
    },
    get server() {
      return server!
    },
    get dataDir() {
      return dataDir()
    },
    async side(dir) {
      const s = await openSide(dir)
      open.push(s)
      return s
    },
    async closeSide(s) {
      open.splice(open.indexOf(s), 1)
      await s.close()
    },
    connect(s, token = TEAM_TOKEN) {
      const c = s.sync.connect(server!.url, token, { onLog: (l) => s.logged.push(l) })
      cleanups.push(c.close)
      return c
    },
    onCleanup(fn) {
      cleanups.push(fn)
    },
    async restartServer() {
      server = await startTestServer(dataDir())
      return server
    }
  }
}
