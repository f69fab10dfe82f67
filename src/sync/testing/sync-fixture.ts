import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Handlers } from '../../shared/api'
import { createHandlers } from '../../core/handlers/create-handlers'
import { seededWorkspace } from '../../core/services/seed/seed-workspace'
import { snapshotOf } from '../../core/snapshot-of'
import { WorkspaceStore } from '../../core/store/workspace-store'
import { WorkspaceSync } from '../../core/sync/workspace-sync'
import { Tasks } from '../../core/tasks'
import { Workspace } from '../../core/workspace'
import { startSyncServer, type SyncServer } from '../start-sync-server'

export const TEAM_TOKEN = 'test-team-token-0123456789'

/** One analyst's side: an open workspace with its handlers and its sync. */
export interface Side {
  dir: string
  ws: Workspace
  api: Omit<Handlers, 'workspace.restore' | `sync.${string}`>
  sync: WorkspaceSync
  logged: string[]
  close(): Promise<void>
}

export async function openSide(dir: string): Promise<Side> {
  const ws = Workspace.fromStore(await WorkspaceStore.open(dir), { backgroundIndex: false })
  const logged: string[] = []
  const sync = await WorkspaceSync.attach(ws, { onLog: (l) => logged.push(l) })
  return {
    dir,
    ws,
    api: createHandlers(ws, new Tasks(), () => {
      throw new Error('a sync test restores no workspace')
    }),
    sync,
    logged,
    close: async () => {
      await sync.close()
      await ws.close()
    }
  }
}

/** A temp folder holding a seeded workspace `a` and `b`, an exact copy of it (a teammate restored from it). */
export async function twoCopies(): Promise<{ root: string; a: string; b: string; cleanup(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-sync-'))
  const a = join(root, 'a')
  const b = join(root, 'b')
  const store = await WorkspaceStore.create(a, seededWorkspace())
  await store.close()
  await cp(a, b, { recursive: true })
  return { root, a, b, cleanup: () => rm(root, { recursive: true, force: true }) }
}

/** A server on 127.0.0.1 (on `port` when restarting one, else a free port). */
export async function startTestServer(dataDir: string, port = 0): Promise<SyncServer & { logged: string[] }> {
  const logged: string[] = []
  const server = await startSyncServer({
    port,
    dataDir,
    token: TEAM_TOKEN,
    log: (l) => logged.push(l)
  })
  return Object.assign(server, { logged })
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    const key = (i: unknown) => {
      const o = i as { id?: string; document?: { id?: string } }
      return o?.id ?? o?.document?.id ?? JSON.stringify(i)
    }
    return items.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0))
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])])
    )
  return value
}

/** The JSON export of a side, without its timestamp, in a canonical order: equal when the workspaces are. */
export const exportOf = (side: Side): string => {
  const { exportedAt: _, ...rest } = snapshotOf(side.ws.state)
  return JSON.stringify(canonical(rest))
}

export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
  return Date.now() - started
}
