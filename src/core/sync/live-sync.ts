import type * as Y from 'yjs'
import { ApiError, type SyncConflict, type SyncConflictAction, type SyncStatus } from '../../shared/api'
import type { Workspace } from '../workspace'
import {
  readSyncSettings,
  removeSyncSettings,
  writeSyncSettings,
  type SyncSettings
} from './sync-settings-file'
import { WorkspaceSync, type RetryDelays, type SyncConnection } from './workspace-sync'

export interface LiveSyncOptions {
  /** One line per step of the connection (never content); default: stderr. */
  onLog?: (line: string) => void
  retry?: RetryDelays
  /** Status changes are told at most this often (default 50 ms): a burst of edits is one event. */
  notifyDelayMs?: number
}

/**
 * The long-lived connection of an open workspace to its team server: every committed local edit goes out as it
 * is made, teammates' edits come in through Workspace.applyRemote, a lost connection is retried with backoff,
 * and what was edited meanwhile is kept beside the workspace and sent on the next connection. The server and
 * token are saved in <workspace>/sync/settings.json, so the connection resumes when the workspace is opened.
 */
export class LiveSync {
  private sync: WorkspaceSync | null = null
  private connection: SyncConnection | null = null
  private settings: SyncSettings | null = null
  private offlineSince: string | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private readonly listeners = new Set<(status: SyncStatus) => void>()
  private told = ''
  private timer: NodeJS.Timeout | null = null
  private closed = false

  constructor(
    private ws: Workspace,
    private readonly o: LiveSyncOptions = {}
  ) {}

  private get log(): (line: string) => void {
    return this.o.onLog ?? ((line) => console.error(`dossier sync: ${line}`))
  }

  /** Hears the status whenever it changes (coalesced). */
  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  status(): SyncStatus {
    if (!this.settings) return { state: 'off', pendingChanges: 0 }
    const conflicts = this.sync?.conflicts.count ?? 0
    const base = {
      pendingChanges: this.sync?.pendingChanges ?? 0,
      server: this.settings.url,
      ...(conflicts > 0 ? { conflicts } : {})
    }
    const c = this.connection?.state()
    if (c?.online) return { ...base, state: c.inSync ? 'connected' : 'syncing' }
    if (c?.refused) return { ...base, state: 'offline', offlineSince: this.since(), error: c.refused }
    if (c?.down) return { ...base, state: 'offline', offlineSince: this.since() }
    return { ...base, state: 'connecting' }
  }

  private since(): string {
    return (this.offlineSince ??= new Date().toISOString())
  }

  /** Connects with the saved settings, when there are (a workspace that never synced stays as it is). */
  resume(): Promise<void> {
    return this.serialize(async () => {
      if (this.ws.readOnly) return
      const saved = await readSyncSettings(this.ws.store.dir)
      if (saved) await this.connectNow(saved)
    })
  }

  /** Saves the server and token beside the workspace and keeps a live connection to it (replacing any). */
  start(settings: SyncSettings): Promise<void> {
    return this.serialize(async () => {
      if (this.ws.readOnly)
        throw new ApiError('READ_ONLY', 'this workspace is open read-only; team sync cannot start')
      if (!this.ws.state.meta)
        throw new ApiError('CONFLICT', 'workspace.json is damaged; restore it before syncing')
      await writeSyncSettings(this.ws.store.dir, settings)
      await this.connectNow(settings)
    })
  }

  /** Closes the connection and forgets the server and token; edits from now on stay local until connected again. */
  stop(): Promise<void> {
    return this.serialize(async () => {
      if (!this.ws.readOnly) await removeSyncSettings(this.ws.store.dir)
      await this.detach()
      this.changed()
    })
  }

  /** The workspace was opened anew over the same folder (a restore): the connection follows it. */
  rebind(ws: Workspace): Promise<void> {
    return this.serialize(async () => {
      const settings = this.settings
      await this.detach()
      this.ws = ws
      if (settings) await this.connectNow(settings)
    })
  }

  /** What team sync could not merge silently (none while it is off). */
  conflicts(): Promise<SyncConflict[]> {
    return this.serialize(async () => (this.sync ? this.ws.read(() => this.sync!.conflicts.list()) : []))
  }

  /** Accepts or keeps a speaker, restores or confirms a deleted document; answers the conflicts left. */
  resolveConflict(id: string, action: SyncConflictAction): Promise<SyncConflict[]> {
    return this.serialize(async () => {
      if (!this.sync) throw new ApiError('NOT_FOUND', `no conflict "${id}": team sync is off`)
      await this.sync.conflicts.resolve(id, action)
      this.changed()
      return this.ws.read(() => this.sync!.conflicts.list())
    })
  }

  /** The team Y.Doc while syncing (live editors open note bodies in it), else null. */
  get doc(): Y.Doc | null {
    return this.sync?.doc ?? null
  }

  close(): Promise<void> {
    return this.serialize(async () => {
      this.closed = true
      await this.detach()
      if (this.timer) clearTimeout(this.timer)
      this.listeners.clear()
    })
  }

  private async connectNow(settings: SyncSettings): Promise<void> {
    if (this.closed) return
    await this.connection?.close()
    this.connection = null
    this.sync ??= await WorkspaceSync.attach(this.ws, { onLog: this.log })
    this.settings = settings
    this.offlineSince = null
    this.connection = this.sync.connect(
      settings.url,
      settings.token,
      { onLog: this.log, onState: () => this.changed() },
      this.o.retry
    )
    this.changed()
  }

  private async detach(): Promise<void> {
    this.settings = null
    this.offlineSince = null
    await this.connection?.close()
    this.connection = null
    await this.sync?.close()
    this.sync = null
  }

  /** Recomputes the status and tells listeners soon, when it differs from what they last heard. */
  private changed(): void {
    const c = this.connection?.state()
    if (c?.online) this.offlineSince = null
    else if (c?.down || c?.refused) this.since()
    if (this.timer || this.closed) return
    this.timer = setTimeout(() => {
      this.timer = null
      const status = this.status()
      const text = JSON.stringify(status)
      if (text === this.told) return
      this.told = text
      for (const l of this.listeners) l(status)
    }, this.o.notifyDelayMs ?? 50)
    this.timer.unref()
  }

  /** Waits until the server and this side hold the same (tests, one-shot commands). */
  async inSync(timeoutMs: number): Promise<void> {
    await this.queue
    if (!this.connection) throw new Error('team sync is off')
    await this.connection.inSync(timeoutMs)
  }

  private serialize<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }
}
