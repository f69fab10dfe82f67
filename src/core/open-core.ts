import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ApiError, contract, invalidInput, isOpName, type ChangeEvent, type Handlers } from '../shared/api'
import type { CoreService } from './core-service'
import { createHandlers } from './handlers/create-handlers'
import type { Reopen } from './handlers/workspace-handlers'
import { WorkspaceStore } from './store/workspace-store'
import { readViewScope } from './store/view-scope-file'
import type { StoreHooks } from './store/store-hooks'
import { storeErrorToApi } from './store-error-to-api'
import { Workspace } from './workspace'
import { Tasks } from './tasks'
import { indexProgressEvents } from './index-progress'
import { syncHandlers } from './handlers/sync-handlers'
import { LiveSync } from './sync/live-sync'
import type { SyncSettings } from './sync/sync-settings-file'

export interface OpenCoreOptions {
  /** Read without the lock; every mutation is refused. */
  readOnly?: boolean
  /** Create the workspace when the folder holds none: seeded from the article, or empty. */
  create?: 'seeded' | 'empty'
  /** Check every output against the contract too (tests). */
  validateOutput?: boolean
  onProgress?: (done: number, total: number) => void
  /** Build the search index in the background after open (default); off for one-shot commands. */
  backgroundIndex?: boolean
  /** Start the import sandbox's worker soon after open, so the first import does not wait for it (app, serve). */
  warmImports?: boolean
  /** Test seams passed to the store. */
  hooks?: StoreHooks
  /**
   * Team sync: 'saved' resumes the live connection saved beside the workspace (the app, serve); settings connect
   * to that server and save it. Without it sync starts only when asked (sync.connect).
   */
  sync?: 'saved' | SyncSettings
  /** Where the live connection logs its steps (default: stderr). */
  onSyncLog?: (line: string) => void
}

export const isWorkspace = (dir: string): boolean => existsSync(join(dir, 'workspace.json'))

async function openWorkspace(dir: string, opts: OpenCoreOptions): Promise<Workspace> {
  try {
    if (!isWorkspace(dir) && opts.create && !opts.readOnly) {
      // Seeding loads the NLP libraries; opening an existing workspace does not need them.
      const { emptyWorkspace, seededWorkspace } = await import('./services/seed/seed-workspace')
      const initial = opts.create === 'seeded' ? seededWorkspace() : emptyWorkspace()
      return Workspace.fromStore(await WorkspaceStore.create(dir, initial, { hooks: opts.hooks }), opts)
    }
    return Workspace.fromStore(
      await WorkspaceStore.open(dir, {
        readOnly: opts.readOnly,
        onProgress: opts.onProgress,
        hooks: opts.hooks
      }),
      opts
    )
  } catch (err) {
    throw storeErrorToApi(err)
  }
}

function warmImportsSoon(): void {
  setTimeout(() => {
    void import('./services/import/sandbox/import-sandbox').then(({ importSandbox }) => importSandbox.warm())
  }, 1500).unref()
}

/** Opens (or creates) the workspace in `dir` and serves the contract over it: the one core every shell calls. */
export async function openCore(dir: string, opts: OpenCoreOptions = {}): Promise<CoreService> {
  dir = resolve(dir)
  let ws = await openWorkspace(dir, opts)
  ws.useViewScope(await readViewScope(dir))
  if (opts.warmImports && !ws.readOnly) warmImportsSoon()
  const tasks = new Tasks()
  const listeners = new Set<(e: ChangeEvent) => void>()
  const relay = (e: ChangeEvent) => listeners.forEach((l) => l(e))
  let unsubscribe = ws.onChange(relay)
  const indexProgress = indexProgressEvents((e) => tasks.announce(e))
  let unsubscribeIndex = ws.onIndexProgress(indexProgress)
  const live = new LiveSync(ws, { onLog: opts.onSyncLog })
  live.onStatus((sync) =>
    relay({ version: ws.version, label: 'Team sync', kinds: ['sync'], documentIds: [], sync })
  )
  const allHandlers = (): Handlers => ({ ...createHandlers(ws, tasks, reopen), ...syncHandlers(live) })

  const reopen: Reopen = (change) => {
    unsubscribe()
    unsubscribeIndex()
    ws.search.stopBackground()
    const scope = ws.viewScope
    ws = Workspace.fromStore(ws.store, opts)
    ws.useViewScope(scope)
    handlers = allHandlers()
    void live.rebind(ws).catch((err: unknown) => console.error('dossier: team sync stopped:', err))
    unsubscribe = ws.onChange(relay)
    unsubscribeIndex = ws.onIndexProgress(indexProgress)
    relay({ version: ++ws.version, ...change, history: ws.history() })
    return ws
  }
  let handlers = allHandlers()
  if (opts.sync === 'saved') await live.resume()
  else if (opts.sync) await live.start(opts.sync)

  async function dispatch(op: string, raw: unknown): Promise<unknown> {
    if (typeof op !== 'string' || !isOpName(op))
      throw new ApiError('UNKNOWN_OP', `unknown operation "${String(op).slice(0, 80)}"`)
    const spec = contract[op]
    const parsed = spec.input.safeParse(raw ?? {})
    if (!parsed.success) throw invalidInput(op, parsed.error)
    if (spec.mutates && ws.readOnly)
      throw new ApiError('READ_ONLY', `${op}: this workspace is open read-only; nothing was changed`)
    const handler = handlers[op] as (input: unknown) => Promise<unknown>
    let result: unknown
    try {
      result = await handler(parsed.data)
    } catch (err) {
      if (err instanceof ApiError) throw err
      const e = storeErrorToApi(err)
      if (e.code === 'INTERNAL') console.error(`dossier: ${op} failed:`, err)
      throw e
    }
    if (opts.validateOutput) {
      const out = spec.output.safeParse(result)
      if (!out.success)
        throw new ApiError('INTERNAL', `${op} returned an invalid result: ${out.error.message.slice(0, 500)}`)
    }
    return result
  }

  return {
    get dir() {
      return dir
    },
    dispatch,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onProgress: (listener) => tasks.onProgress(listener),
    liveDoc: () => live.doc,
    close: async () => {
      await live.close()
      await ws.close()
    }
  }
}
