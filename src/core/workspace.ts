import type { ChangeEvent, EntityKind, ViewScope } from '../shared/api'
import type { Statement } from '../shared/domain'
import { ApiError, DEFAULT_VIEW_SCOPE } from '../shared/api'
import { invertChanges, type Change } from './model/change'
import { rebaseChanges } from './model/rebase-changes'
import { noteRemovedThemes } from './model/removed-themes'
import { LinkFiles } from './model/link-files'
import { SpeakerFiles } from './model/speaker-files'
import { WorkspaceState } from './model/workspace-state'
import { coderRoster } from './model/coders'
import { codingScopeOf, type CodingScope } from './model/coding-scope'
import { scopedState } from './model/scoped-state'
import { statementsInRange } from './model/statements-in-range'
import { SearchIndex, annotationEntry, noteEntry, statementEntry } from './services/search/search-index'
import { SCHEMA_VERSION, documentFileKey, noteFileKey, type FileKey } from './store/files'
import { StoreError } from './store/store-error'
import { WorkspaceStore } from './store/workspace-store'
import { writeViewScope } from './store/view-scope-file'
import { storeErrorToApi } from './store-error-to-api'

/** Whether committed changes were made here or came from a teammate (see Workspace.applyRemote). */
export type ChangeOrigin = 'local' | 'remote'

interface HistoryEntry {
  label: string
  changes: Change[]
  coalesceKey?: string
  at: number
}

/** Edits to the same thing within this window (autosaved typing) undo as one step. */
const COALESCE_MS = 10_000

const HISTORY_LIMIT = 200

/** At most this many changed statements travel with a change event; past it, views ask for what they show. */
const EVENT_STATEMENTS_MAX = 100

/** The search index is built this long after open, in the background: a one-shot command is done by then. */
const INDEX_DELAY_MS = 300

/**
 * An open workspace: the store on disk, the state in memory with its indexes and search, the undo history.
 * Every mutation runs one at a time: build changes from the current state, apply, write the touched files,
 * and roll the memory back if the write fails.
 */
export class Workspace {
  version = 0
  private queue: Promise<unknown> = Promise.resolve()
  private readonly undoStack: HistoryEntry[] = []
  private readonly redoStack: HistoryEntry[] = []
  private readonly listeners = new Set<(e: ChangeEvent) => void>()
  private readonly indexListeners = new Set<(done: number, total: number) => void>()
  private readonly commitListeners = new Set<(changes: readonly Change[], origin: ChangeOrigin) => void>()
  private scope: ViewScope = DEFAULT_VIEW_SCOPE
  /** The scope's filter and the state it shows, built when a view first asks; null while everyone's are shown. */
  private scoped: { filter: CodingScope; state: WorkspaceState | null } | null = null

  private constructor(
    readonly store: WorkspaceStore,
    readonly state: WorkspaceState,
    readonly search: SearchIndex,
    private readonly linkFiles: LinkFiles,
    private readonly speakerFiles: SpeakerFiles
  ) {}

  /** `backgroundIndex: false` (one-shot commands): the index is built only if a search asks for it. */
  static fromStore(store: WorkspaceStore, opts: { backgroundIndex?: boolean } = {}): Workspace {
    const { workspace, links, linkShards, speakers, documents, notes, views } = store.data
    const loadedLinks = {
      linksJson: links?.links ?? [],
      shards: new Map([...linkShards].map(([shard, file]) => [shard, file.links]))
    }
    const state = new WorkspaceState({
      meta: workspace?.meta ?? null,
      coders: workspace ? coderRoster(workspace) : null,
      themes: workspace?.themes ?? [],
      speakers: [...(workspace?.speakers ?? []), ...(speakers?.speakers ?? [])],
      documents: [...documents.values()].map((d) => ({
        document: d.document,
        statements: d.statements,
        annotations: d.annotations
      })),
      links: LinkFiles.allLinks(loadedLinks),
      notes: [...notes.values()].map((n) => n.note),
      views: views?.views ?? [],
      removedThemes: workspace?.removedThemes
    })
    const speakerFiles = new SpeakerFiles(state, {
      inWorkspaceJson: workspace?.speakers.length ?? 0,
      speakersJson: speakers !== null
    })
    const ws = new Workspace(store, state, new SearchIndex(), new LinkFiles(state, loadedLinks), speakerFiles)
    ws.indexAll(opts.backgroundIndex ?? true)
    return ws
  }

  /**
   * Queues the whole workspace for the search index, which is built in the background after open (the first
   * search finishes it if it comes sooner), so opening waits only for the files and the state.
   */
  private indexAll(background: boolean): void {
    const s = this.state
    this.search.defer([...s.statements.keys()], (id) => {
      const st = s.statements.get(id)
      return st ? statementEntry(st, s.docs.get(st.documentId)?.document.title ?? '') : null
    })
    this.search.defer([...s.annotations.keys()], (id) => this.annotationEntryOf(id))
    this.search.defer([...s.notes.keys()], (id) => {
      const n = s.notes.get(id)
      return n ? noteEntry(n) : null
    })
    if (background)
      this.search.startBackground(
        (done, total) => this.indexListeners.forEach((l) => l(done, total)),
        INDEX_DELAY_MS
      )
  }

  /** Hears (done, total) as the background search index is built. */
  onIndexProgress(listener: (done: number, total: number) => void): () => void {
    this.indexListeners.add(listener)
    return () => this.indexListeners.delete(listener)
  }

  onChange(listener: (e: ChangeEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Hears every committed list of changes (the entities themselves), and whether a teammate made it. */
  onCommit(listener: (changes: readonly Change[], origin: ChangeOrigin) => void): () => void {
    this.commitListeners.add(listener)
    return () => this.commitListeners.delete(listener)
  }

  /**
   * Commits a teammate's changes, built against the current state, the way a local edit is committed (validated,
   * written, emitted) but outside this analyst's undo history: undo and redo work on what the teammate left
   * (rebaseChanges), so they never revert a teammate's edit. `beforeCommit` runs first (nothing is committed if it
   * throws): it can save what the changes are about to drop.
   */
  applyRemote(
    label: string,
    build: () => Change[],
    beforeCommit?: (changes: readonly Change[]) => Promise<void>
  ): Promise<number> {
    return this.serialize(async () => {
      if (this.readOnly)
        throw new ApiError('READ_ONLY', 'this workspace is open read-only; nothing was changed')
      const changes = build()
      if (changes.length === 0) return 0
      await beforeCommit?.(changes)
      await this.commit(changes, 'remote')
      this.emit(label, changes, 'remote')
      return changes.length
    })
  }

  get readOnly(): boolean {
    return this.store.readOnly
  }

  /** Runs `build` against the current state and commits the changes it returns as one undoable step. */
  mutate<T>(
    label: string,
    build: () => { changes: Change[]; result: T },
    opts: { coalesceKey?: string } = {}
  ): Promise<T> {
    return this.serialize(async () => {
      if (this.readOnly)
        throw new ApiError('READ_ONLY', 'this workspace is open read-only; nothing was changed')
      const { changes, result } = build()
      if (changes.length === 0) return result
      await this.commit(changes)
      this.record(label, changes, opts.coalesceKey)
      this.emit(label, changes)
      return result
    })
  }

  private record(label: string, changes: Change[], coalesceKey: string | undefined): void {
    const top = this.undoStack.at(-1)
    const now = Date.now()
    if (
      coalesceKey &&
      top?.coalesceKey === coalesceKey &&
      this.redoStack.length === 0 &&
      now - top.at < COALESCE_MS
    ) {
      top.changes = [...top.changes, ...changes]
      top.at = now
      return
    }
    this.undoStack.push({ label, changes, coalesceKey, at: now })
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift()
    this.redoStack.length = 0
  }

  undo(): Promise<string | null> {
    return this.serialize(async () => {
      const entry = this.undoStack.at(-1)
      if (!entry) return null
      const { changes } = rebaseChanges(entry.changes, 'undo', this.state)
      if (changes.length > 0) await this.commit(changes)
      this.undoStack.pop()
      this.redoStack.push(entry)
      this.emit(`Undo: ${entry.label}`, changes)
      return entry.label
    })
  }

  redo(): Promise<string | null> {
    return this.serialize(async () => {
      const entry = this.redoStack.at(-1)
      if (!entry) return null
      const { changes } = rebaseChanges(entry.changes, 'redo', this.state)
      if (changes.length > 0) await this.commit(changes)
      this.redoStack.pop()
      this.undoStack.push(entry)
      this.emit(`Redo: ${entry.label}`, changes)
      return entry.label
    })
  }

  history(): { canUndo: boolean; canRedo: boolean; undoLabel: string | null; redoLabel: string | null } {
    return {
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      undoLabel: this.undoStack.at(-1)?.label ?? null,
      redoLabel: this.redoStack.at(-1)?.label ?? null
    }
  }

  /** Whose codings views show here (see ViewScope). */
  get viewScope(): ViewScope {
    return this.scope
  }

  /** The view scope's filter, or null while views show everyone's codings. */
  get codingScope(): CodingScope | null {
    return this.scoped?.filter ?? null
  }

  /** Takes the scope saved beside the workspace (when opening it); nothing is written or announced. */
  useViewScope(scope: ViewScope): void {
    this.scope = scope
    this.rescope()
  }

  /** Saves a new scope (a local setting, outside the undo history) and tells every view to ask again. */
  setViewScope(scope: ViewScope): Promise<ViewScope> {
    return this.serialize(async () => {
      if (this.readOnly)
        throw new ApiError('READ_ONLY', 'this workspace is open read-only; nothing was changed')
      await writeViewScope(this.store.dir, scope).catch((err: unknown) => {
        throw new ApiError('IO', `could not save whose codings to show: ${(err as Error).message}`)
      })
      this.scope = scope
      this.rescope()
      this.version++
      const event: ChangeEvent = {
        version: this.version,
        label: 'Show codings',
        kinds: ['workspace'],
        documentIds: [],
        history: this.history()
      }
      for (const l of this.listeners) l(event)
      return scope
    })
  }

  private rescope(): void {
    const filter = codingScopeOf(this.scope, this.state.coderId)
    this.scoped = filter ? { filter, state: null } : null
  }

  /** The state views are built from: only the codings the view scope shows (the whole state when all are). */
  viewState(): WorkspaceState {
    if (!this.scoped) return this.state
    return (this.scoped.state ??= scopedState(this.state, this.scoped.filter))
  }

  /** Runs read-only work after pending writes, so it sees a consistent state. */
  read<T>(fn: () => T | Promise<T>): Promise<T> {
    return this.serialize(async () => fn())
  }

  private serialize<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Applies and writes the changes; the caller records them in the history, then emits. */
  private async commit(changes: Change[], origin: ChangeOrigin = 'local'): Promise<void> {
    this.state.apply(changes)
    const removed = this.state.removedThemes
    const removedBefore = changes.some((c) => c.kind === 'theme') ? new Map(removed) : null
    if (removedBefore) noteRemovedThemes(removed, changes, () => this.state.stamp(), origin === 'local')
    const { writes, committed } = this.writesFor(changes)
    try {
      await this.store.commit(writes)
    } catch (err) {
      if (!(err instanceof StoreError && err.journaled)) {
        if (removedBefore) {
          removed.clear()
          for (const [id, t] of removedBefore) removed.set(id, t)
        }
        this.state.apply(invertChanges(changes))
        throw storeErrorToApi(err)
      }
      // Durable in the journal: the edit stands; the next save (or the next open) finishes writing it.
      console.error(`Dossier: ${err.message}`)
    }
    committed()
    if (changes.some((c) => c.kind === 'coders')) this.rescope()
    else this.scoped?.state?.apply(this.scoped.filter.changes(changes))
    this.updateSearch(changes)
    this.version++
  }

  /** Tells listeners about a committed change, with the history after it and the statements it changed. */
  private emit(label: string, changes: Change[], origin: ChangeOrigin = 'local'): void {
    const shown = (st: Statement) => this.scoped?.filter.statement(st) ?? st
    const statements = changes.flatMap((c) => (c.kind === 'statement' ? [shown(c.after)] : []))
    const event: ChangeEvent = {
      version: this.version,
      label,
      ...this.touched(changes),
      history: this.history(),
      ...(statements.length > 0 && statements.length <= EVENT_STATEMENTS_MAX ? { statements } : {})
    }
    for (const l of this.listeners) {
      try {
        l(event)
      } catch (err) {
        console.error('change listener failed:', err)
      }
    }
    for (const l of this.commitListeners) {
      try {
        l(changes, origin)
      } catch (err) {
        console.error('commit listener failed:', err)
      }
    }
  }

  private writesFor(changes: Change[]): {
    writes: { file: FileKey; data: unknown }[]
    committed: () => void
  } {
    const files = new Map<FileKey, () => unknown>()
    const links = new Set<string>()
    let codebook = false
    let speakers = false
    let views = false
    const s = this.state
    for (const c of changes) {
      switch (c.kind) {
        case 'meta':
        case 'coders':
        case 'theme':
          codebook = true
          break
        case 'speaker':
          speakers = true
          break
        case 'view':
          views = true
          break
        case 'link':
          links.add((c.after ?? c.before)!.id)
          break
        case 'note': {
          const id = (c.after ?? c.before)!.id
          files.set(noteFileKey(id), () => {
            const note = s.notes.get(id)
            return note ? { schemaVersion: SCHEMA_VERSION, note } : null
          })
          break
        }
        case 'statement':
        case 'annotation':
        case 'document': {
          const id =
            c.kind === 'document' ? (c.after ?? c.before)!.document.id : (c.after ?? c.before)!.documentId
          files.set(documentFileKey(id), () => {
            const b = s.docs.get(id)
            return b ? { schemaVersion: SCHEMA_VERSION, ...b } : null
          })
          break
        }
      }
    }
    const link = this.linkFiles.writesFor(links)
    const cast = this.speakerFiles.writesFor(codebook, speakers)
    const writes = [...files].map(([file, data]) => ({ file, data: data() }))
    if (views)
      writes.push({
        file: 'views.json',
        data: { schemaVersion: SCHEMA_VERSION, views: [...s.views.values()] }
      })
    return {
      writes: [...writes, ...cast.writes, ...link.writes],
      committed: () => {
        link.committed()
        cast.committed()
      }
    }
  }

  private updateSearch(changes: Change[]): void {
    for (const c of changes) {
      if (c.kind === 'annotation') {
        if (c.after) this.indexAnnotation(c.after.id)
        else if (c.before) this.search.removeAnnotation(c.before.id)
      } else if (c.kind === 'note') {
        if (c.after) this.search.putNote(c.after)
        else if (c.before) this.search.removeNote(c.before.id)
      } else if (c.kind === 'document') {
        if (c.before) {
          for (const st of c.before.statements) this.search.removeStatement(st.id)
          for (const a of c.before.annotations) this.search.removeAnnotation(a.id)
        }
        if (c.after) {
          const title = c.after.document.title
          this.search.addAllStatements(c.after.statements, () => title)
          for (const a of c.after.annotations) this.indexAnnotation(a.id)
        }
      }
    }
  }

  private indexAnnotation(id: string): void {
    const a = this.state.annotations.get(id)
    const bundle = a && this.state.docs.get(a.documentId)
    if (!a || !bundle) return
    const statementId = statementsInRange(bundle.statements, a.start, a.end)[0]?.id ?? null
    this.search.putAnnotation(a, statementId, bundle.document.title)
  }

  private annotationEntryOf(id: string) {
    const a = this.state.annotations.get(id)
    const bundle = a && this.state.docs.get(a.documentId)
    if (!a || !bundle) return null
    const statementId = statementsInRange(bundle.statements, a.start, a.end)[0]?.id ?? null
    return annotationEntry(a, statementId, bundle.document.title)
  }

  private touched(changes: Change[]): { kinds: EntityKind[]; documentIds: string[] } {
    const kinds = new Set<EntityKind>()
    const docs = new Set<string>()
    for (const c of changes) {
      kinds.add(c.kind === 'meta' || c.kind === 'coders' ? 'workspace' : c.kind)
      if (c.kind === 'statement' || c.kind === 'annotation') docs.add((c.after ?? c.before)!.documentId)
      if (c.kind === 'document') docs.add((c.after ?? c.before)!.document.id)
    }
    return { kinds: [...kinds], documentIds: [...docs] }
  }

  async close(): Promise<void> {
    this.search.stopBackground()
    await this.queue
    await this.store.close()
  }
}
