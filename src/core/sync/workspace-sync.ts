import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { Workspace } from '../workspace'
import { changesFromDoc, type DirtyKeys } from './changes-from-doc'
import { reconcileDoc } from './reconcile-doc'
import { ENTITY_MAPS, entityMap, type EntityMapName } from './sync-doc'
import { readSyncState, writeSyncState } from './sync-state-file'
import { writeChanges } from './write-changes'

/** Transaction origins of what this side writes into the Y.Doc (anything else came from the server). */
const LOCAL = Symbol('local edit')
const LOADED = Symbol('loaded from disk')

/** How long after the last change the Y.Doc is saved beside the workspace. */
const SAVE_DELAY_MS = 100

export interface SyncConnection {
  /** Resolves when the server has every local change and every remote one is applied and saved. */
  inSync(timeoutMs: number): Promise<void>
  close(): Promise<void>
}

export interface SyncEvents {
  /** One line per step (connected, refused, applied n changes…), never an entity's content. */
  onLog?: (line: string) => void
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
  private saveTimer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  private unsubscribe: () => void = () => undefined
  private closed = false
  /** Entities refused from the server so far (malformed, or impossible here). */
  refused = 0

  private constructor(
    private readonly ws: Workspace,
    private readonly log: (line: string) => void
  ) {}

  /** Loads the saved Y.Doc, brings it up to the workspace, and starts mirroring. */
  static async attach(ws: Workspace, events: SyncEvents = {}): Promise<WorkspaceSync> {
    const sync = new WorkspaceSync(ws, events.onLog ?? ((line) => console.error(`dossier sync: ${line}`)))
    const saved = await readSyncState(ws.store.dir)
    await ws.read(() => {
      if (saved) {
        try {
          Y.applyUpdate(sync.doc, saved, LOADED)
        } catch {
          sync.log('the saved sync state is damaged; starting again from the workspace')
        }
      }
      reconcileDoc(sync.doc, ws.state, LOCAL)
      sync.unsubscribe = ws.onCommit((changes, origin) => {
        if (origin === 'local') writeChanges(sync.doc, changes, LOCAL)
        sync.scheduleSave()
      })
    })
    for (const name of ENTITY_MAPS)
      entityMap(sync.doc, name).observe((event, tx) => {
        if (tx.origin === LOCAL || tx.origin === LOADED) return
        sync.markDirty(name, event.keysChanged)
      })
    await sync.save()
    return sync
  }

  get workspaceId(): string {
    const id = this.ws.state.meta?.id
    if (!id) throw new Error('workspace.json is damaged; restore it before syncing')
    return id
  }

  /** Opens a connection to a Hocuspocus server for this workspace's Y.Doc (the document named by its id). */
  connect(url: string, token: string, events: SyncEvents = {}): SyncConnection {
    const log = events.onLog ?? this.log
    let failure: string | null = null
    let opened = false
    const socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: WebSocket,
      delay: 500,
      minDelay: 500,
      maxDelay: 5000
    })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: this.workspaceId,
      document: this.doc,
      token,
      onAuthenticationFailed: ({ reason }) => {
        failure = `the server refused the token (${reason})`
        log(failure)
      },
      onSynced: ({ state }) => {
        if (state) log('exchanged changes with the server')
      }
    })
    socket.on('open', () => {
      opened = true
      log(`connected to ${url}`)
    })
    socket.on('close', () => {
      if (!opened && !failure) failure = `cannot reach ${url}`
    })
    provider.attach()

    const inSync = async (timeoutMs: number): Promise<void> => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        if (failure && !provider.isAuthenticated) throw new Error(failure)
        if (provider.synced && !provider.hasUnsyncedChanges && this.dirty.size === 0 && !this.applyPending) {
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
      close: async () => {
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
    this.applying = this.applying.then(() => this.applyDirty())
  }

  /** Commits what teammates changed; when the whole batch is refused by the store, tries each entity alone. */
  private async applyDirty(): Promise<void> {
    this.applyPending = false
    if (this.closed) return
    const dirty = this.dirty
    this.dirty = new Map()
    const applyKeys = (keys: DirtyKeys) =>
      this.ws.applyRemote('Changes from the team', () => {
        const { changes, refused } = changesFromDoc(this.doc, keys, this.ws.state)
        for (const line of refused) this.log(`refused from the server: ${line}`)
        this.refused += refused.length
        return changes
      })
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
    if (this.dirty.size > 0 || this.applyPending) return this.saving
    const update = Y.encodeStateAsUpdate(this.doc)
    this.saving = this.saving.then(() => writeSyncState(this.ws.store.dir, update))
    return this.saving
  }

  /** Stops mirroring (after applying what arrived) and saves the Y.Doc. */
  async close(): Promise<void> {
    await this.applying
    this.closed = true
    this.unsubscribe()
    await this.save()
    this.doc.destroy()
  }
}
