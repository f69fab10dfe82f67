import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { Workspace } from '../workspace'
import { changesFromDoc, type DirtyKeys } from './changes-from-doc'
import { pendingEntry } from './doc-codings'
import { DocSaves } from './doc-saves'
import { reconcileDoc } from './reconcile-doc'
import { observeBodies } from './rich-bodies'
import { SyncConflicts } from './sync-conflicts'
import { ENTITY_MAPS, META_KEY, entityMap, shareValue, type EntityMapName } from './sync-doc'
import {
  readJoined,
  appendSyncUpdate,
  readPendingCount,
  readSavedSync,
  writeJoined,
  writePendingCount,
  writeSyncState
} from './sync-state-file'
import { writeChanges } from './write-changes'

/** Transaction origins of what this side writes into the Y.Doc (anything else came from the server). */
const LOCAL = Symbol('local edit')
const LOADED = Symbol('loaded from disk')

/** How long after the last change the Y.Doc is saved beside the workspace. */
const SAVE_DELAY_MS = 100

/** A batch of changes from the team this big (a clone's) is announced before it is written: it takes a while. */
const MANY_CHANGES = 500

export interface ConnectionState {
  /** The socket is open and the server accepted the token. */
  online: boolean
  /** Online, the server has acknowledged every local change, and every remote one is applied here. */
  inSync: boolean
  /** The connection failed or was lost, and is being retried. */
  down: boolean
  /** Why the server refused this side (the token), once it has: it is not asked again. */
  refused: string | null
}

export interface SyncConnection {
  /** Resolves when the server has every local change and every remote one is applied and saved. */
  inSync(timeoutMs: number): Promise<void>
  state(): ConnectionState
  close(): Promise<void>
}

export interface SyncEvents {
  /** One line per step (connected, refused, applied n changes…), never an entity's content. */
  onLog?: (line: string) => void
  /** Called whenever the connection's state may have changed (it is cheap to ask again). */
  onState?: () => void
}

export interface RetryDelays {
  /** Reconnect attempts wait from minMs, doubling (with jitter) up to maxMs. */
  minMs: number
  maxMs: number
}

const DEFAULT_RETRY: RetryDelays = { minMs: 500, maxMs: 5000 }

export interface ConnectOptions {
  /** Join only a team copy the server already holds (a clone): when it holds none, send nothing and fail. */
  existingOnly?: boolean
}

/**
 * Keeps a workspace and its Y.Doc in step: committed local changes go into the Y.Doc (and so to the server when
 * connected); changes from the server are validated and committed through Workspace.applyRemote, like an edit.
 * The Y.Doc is saved in <workspace>/sync/, so what was edited offline is sent on the next connection.
 */
export class WorkspaceSync {
  readonly doc = new Y.Doc()
  private dirty: DirtyKeys = new Map()
  private applying: Promise<void> = Promise.resolve()
  private applyPending = false
  /** Batches of remote changes scheduled or being committed. */
  private remoteInFlight = 0
  private readonly activity = new Set<() => void>()
  /** Local entity changes the server has not acknowledged yet. */
  private pendingCount = 0
  private savedPending = -1
  /** What the next save of the Y.Doc writes. */
  private readonly saves = new DocSaves()
  /** The team's copy has been taken once (see readJoined); until then the workspace is not mirrored whole. */
  private joined = false
  private joining: Promise<void> | null = null
  private saveTimer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  private unsubscribe: () => void = () => undefined
  private closed = false
  /** Entities refused from the server so far (malformed, or impossible here). */
  refused = 0
  /** What could not be merged silently (set by attach). */
  conflicts!: SyncConflicts
  /** Bytes of updates from the server since the last exchange was logged. */
  private receivedBytes = 0

  private constructor(
    private readonly ws: Workspace,
    private readonly log: (line: string) => void
  ) {}

  /** Loads the saved Y.Doc, brings it up to the workspace, and starts mirroring. */
  static async attach(ws: Workspace, events: SyncEvents = {}): Promise<WorkspaceSync> {
    const sync = new WorkspaceSync(ws, events.onLog ?? ((line) => console.error(`dossier sync: ${line}`)))
    const [pending, joined] = await Promise.all([readPendingCount(ws.store.dir), readJoined(ws.store.dir)])
    sync.pendingCount = sync.savedPending = pending
    sync.joined = joined
    // Pending edits count entities: a note whose entry and body both changed is one, a statement tagged is one.
    const counted = new WeakMap<Y.Transaction, Set<string>>()
    const countLocal = (tx: Y.Transaction, name: EntityMapName, keys: Iterable<string>) => {
      let seen = counted.get(tx)
      if (!seen) counted.set(tx, (seen = new Set()))
      for (const key of keys) {
        const entry = pendingEntry(name, key)
        if (seen.has(entry)) continue
        seen.add(entry)
        sync.pendingCount++
      }
    }
    sync.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOADED) return
      sync.saves.changed(update)
      if (origin !== LOCAL) sync.receivedBytes += update.length
    })
    for (const name of ENTITY_MAPS)
      entityMap(sync.doc, name).observe((event, tx) => {
        if (tx.origin === LOADED) return
        if (tx.origin !== LOCAL) return sync.markDirty(name, event.keysChanged)
        countLocal(tx, name, event.keysChanged)
        // A theme brought back here (undo) brings back the teammates' codings with it that were left out.
        const back = [...event.changes.keys].filter(([, c]) => c.action === 'add').map(([key]) => key)
        if (name === 'themes' && back.length > 0) sync.markDirty(name, new Set(back))
      })
    sync.conflicts = await SyncConflicts.start(sync.doc, ws, {
      writeLocal: (fn) => {
        sync.doc.transact(fn, LOCAL)
        sync.scheduleSave()
      },
      isLocal: (origin) => origin === LOCAL || origin === LOADED,
      refuse: (line) => {
        sync.refused++
        sync.log(`refused from the server: ${line}`)
      },
      log: sync.log,
      changed: () => sync.notify()
    })
    observeBodies(sync.doc, (owner, ids, origin, tx) => {
      if (origin === LOADED) return
      if (origin === LOCAL) countLocal(tx, owner, ids)
      else sync.markDirty(owner, ids)
    })
    await sync.load()
    await ws.read(() => {
      // Edits made while sync was off; before joining, the first exchange decides (see join).
      if (sync.joined) reconcileDoc(sync.doc, ws.state, LOCAL)
      sync.unsubscribe = ws.onCommit((changes, origin) => {
        if (origin === 'local')
          sync.doc.transact(() => {
            writeChanges(sync.doc, changes, LOCAL)
            sync.conflicts.recordLocal(changes)
          }, LOCAL)
        sync.scheduleSave()
        sync.notify()
      })
    })
    await sync.save()
    return sync
  }

  /**
   * Applies the Y.Doc as saved beside the workspace, if it ever synced. Not inline in attach: the closures made
   * there would keep the doc as read (tens of MB) for as long as the sync runs.
   */
  private async load(): Promise<void> {
    const saved = await readSavedSync(this.ws.store.dir)
    if (!saved) return
    await this.ws.read(() => {
      try {
        Y.applyUpdate(this.doc, saved.state, LOADED)
        for (const update of saved.updates) Y.applyUpdate(this.doc, update, LOADED)
        this.saves.loaded(saved)
      } catch {
        this.log('the saved sync state is damaged; starting again from the team copy')
        this.joined = false
      }
    })
  }

  /** Local edits not yet acknowledged by the server (counted per entity changed, kept across restarts). */
  get pendingChanges(): number {
    return this.pendingCount
  }

  /** Every change that came from the server is committed to the workspace. */
  get settled(): boolean {
    return this.dirty.size === 0 && this.remoteInFlight === 0
  }

  /**
   * After the first exchange with the server, once what it sent is committed here: the workspace takes the team's
   * value of everything both hold (applied like any remote change), then what only this side has is offered.
   */
  private join(): Promise<void> {
    this.joining ??= this.applying
      .then(async () => {
        // What the server sent while waiting for the workspace is committed first: reconciling before would
        // take a teammate's entities, not yet here, for ones deleted here, and delete them for everyone.
        for (;;) {
          if (this.closed || this.joined) return
          const reconciled = await this.ws.read(() => {
            if (!this.settled) return false
            reconcileDoc(this.doc, this.ws.state, LOCAL)
            return true
          })
          if (reconciled) break
          await this.applying
        }
        await writeJoined(this.ws.store.dir)
        this.joined = true
        this.log('joined the team copy')
        this.notify()
      })
      .finally(() => (this.joining = null))
    return this.joining
  }

  /** Hears local edits mirrored and remote batches committed (to refresh a status). */
  onActivity(listener: () => void): () => void {
    this.activity.add(listener)
    return () => this.activity.delete(listener)
  }

  private notify(): void {
    for (const l of this.activity) l()
  }

  /** The server holds everything this side made so far. */
  private acknowledged(): void {
    if (this.pendingCount === 0) return
    this.pendingCount = 0
    this.scheduleSave()
    this.notify()
  }

  get workspaceId(): string {
    const id = this.ws.state.meta?.id
    if (!id) throw new Error('workspace.json is damaged; restore it before syncing')
    return id
  }

  /** Opens a connection to a Hocuspocus server for this workspace's Y.Doc (the document named by its id). */
  connect(
    url: string,
    token: string,
    events: SyncEvents = {},
    retry = DEFAULT_RETRY,
    options: ConnectOptions = {}
  ): SyncConnection {
    const log = events.onLog ?? this.log
    const changed = () => events.onState?.()
    let failure: string | null = null
    /** Why this connection can never be in sync (it stays open, but inSync fails at once). */
    let fatal: string | null = null
    let refused: string | null = null
    let opened = false
    let online = false
    let down = false
    const socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: WebSocket,
      delay: retry.minMs,
      minDelay: retry.minMs,
      maxDelay: retry.maxMs
    })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: this.workspaceId,
      document: this.doc,
      token,
      onAuthenticationFailed: ({ reason }) => {
        failure = refused = `the server refused the token (${reason})`
        log(failure)
        changed()
      },
      onAuthenticated: () => {
        online = true
        down = false
        refused = null
        changed()
      },
      onSynced: ({ state }) => {
        if (state) {
          const mb = this.receivedBytes / (1024 * 1024)
          log(`exchanged changes with the server${mb >= 1 ? ` (received ${mb.toFixed(1)} MB)` : ''}`)
          this.receivedBytes = 0
        }
        if (state && !this.joined && options.existingOnly && !entityMap(this.doc, 'meta').has(META_KEY)) {
          fatal = `the server has no workspace ${this.workspaceId}`
          log(fatal)
        } else if (state && !this.joined)
          void this.join().catch((err: unknown) => log(`could not join the team copy: ${String(err)}`))
        changed()
      },
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && provider.synced) this.acknowledged()
        changed()
      },
      onClose: () => {
        // The server closed this workspace but not the socket (it is shutting down): start over on a new one.
        if (online) socket.webSocket?.close()
      }
    })
    socket.on('open', () => {
      opened = true
      log(`connected to ${url}`)
    })
    socket.on('close', () => {
      if (!opened && !failure) failure = `cannot reach ${url}`
      if (online) log(`lost the connection to ${url}; retrying`)
      online = false
      down = true
      changed()
    })
    provider.attach()
    const stopActivity = this.onActivity(changed)
    const state = (): ConnectionState => {
      const up = online && provider.isAuthenticated
      return {
        online: up,
        inSync: up && provider.synced && !provider.hasUnsyncedChanges && this.settled && this.joined,
        down,
        refused
      }
    }

    const inSync = async (timeoutMs: number): Promise<void> => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        if (fatal) throw new Error(fatal)
        if (failure && !provider.isAuthenticated) throw new Error(failure)
        if (provider.synced && !provider.hasUnsyncedChanges && this.settled && this.joined) {
          await this.applying
          if (this.dirty.size === 0) break
        }
        if (Date.now() > deadline)
          throw new Error(failure ?? `not in sync with ${url} after ${Math.round(timeoutMs / 1000)} s`)
        await new Promise((r) => setTimeout(r, 20))
      }
      await this.save()
    }
    return {
      inSync,
      state,
      close: async () => {
        stopActivity()
        // Closing a socket still connecting makes `ws` emit an error nobody listens to any more.
        ;(socket.webSocket as unknown as WebSocket | null)?.on('error', () => undefined)
        provider.destroy()
        socket.destroy()
      }
    }
  }

  private markDirty(name: EntityMapName, keys: Set<string>): void {
    let set = this.dirty.get(name)
    if (!set) this.dirty.set(name, (set = new Set()))
    for (const k of keys) set.add(k)
    if (this.applyPending) return
    this.applyPending = true
    this.remoteInFlight++
    this.applying = this.applying
      .then(() => this.applyDirty())
      .finally(() => {
        this.remoteInFlight--
        this.notify()
      })
  }

  /** Commits what teammates changed; when the whole batch is refused by the store, tries each entity alone. */
  private async applyDirty(): Promise<void> {
    this.applyPending = false
    if (this.closed) return
    const dirty = this.dirty
    this.dirty = new Map()
    const applyKeys = (keys: DirtyKeys) =>
      this.ws.applyRemote(
        'Changes from the team',
        () => {
          const { changes, refused, orphans } = changesFromDoc(this.doc, keys, this.ws.state)
          for (const line of refused) this.log(`refused from the server: ${line}`)
          this.refused += refused.length
          const n = orphans.length
          if (n > 0)
            this.log(`${n} coding${n === 1 ? ' uses' : 's use'} a theme deleted by a teammate; not applied`)
          if (changes.length >= MANY_CHANGES)
            this.log(`applying ${changes.length.toLocaleString('en-US')} changes from the team…`)
          return changes
        },
        (changes) => this.conflicts.documents.keepDeleted(changes)
      )
    try {
      const n = await applyKeys(dirty)
      if (n > 0) this.log(`applied ${n} change${n === 1 ? '' : 's'} from the team`)
    } catch {
      for (const [name, keys] of dirty)
        for (const key of keys)
          await applyKeys(new Map([[name, new Set([key])]])).catch((err: unknown) => {
            this.refused++
            this.log(`refused from the server: ${name}/${key}: ${(err as Error).message.split('\n')[0]}`)
          })
    }
    // What came from the server is held in arrays with room to spare (see shareValue); a clone brings it all.
    for (const [name, keys] of dirty) {
      const map = entityMap(this.doc, name)
      for (const key of keys) shareValue(map, key, map.get(key))
    }
    this.scheduleSave()
  }

  private scheduleSave(): void {
    if (this.saveTimer || this.closed) return
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      void this.save().catch((err: unknown) => this.log(`could not save the sync state: ${String(err)}`))
    }, SAVE_DELAY_MS)
  }

  /**
   * Saves the Y.Doc, but only while every change it holds from the server is in the workspace too: a crash
   * then never leaves a saved remote change that the workspace lacks (the server sends it again instead).
   */
  save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    if (!this.settled) return this.saving
    const pending = this.pendingCount
    if (!this.saves.pending && pending === this.savedPending) return this.saving
    const step = this.saves.next(() => Y.encodeStateAsUpdate(this.doc))
    const dir = this.ws.store.dir
    this.saving = this.saving.then(async () => {
      if (step)
        await ('whole' in step ? writeSyncState(dir, step.whole) : appendSyncUpdate(dir, step.append)).catch(
          (err: unknown) => {
            this.saves.failed()
            throw err
          }
        )
      if (pending !== this.savedPending) {
        await writePendingCount(this.ws.store.dir, pending)
        this.savedPending = pending
      }
    })
    return this.saving
  }

  /** Stops mirroring (after applying what arrived) and saves the Y.Doc. */
  async close(): Promise<void> {
    await this.applying
    await this.joining
    this.closed = true
    this.unsubscribe()
    await this.save()
    this.doc.destroy()
  }
}
