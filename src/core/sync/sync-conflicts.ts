import type * as Y from 'yjs'
import { ApiError, type SyncConflict, type SyncConflictAction } from '../../shared/api'
import type { Change } from '../model/change'
import type { Workspace } from '../workspace'
import type { ConflictSource } from './conflict-source'
import { KeptDocuments, recordRemovals } from './kept-documents'
import { OrphanCodings, recordThemeRemovals } from './orphan-codings'
import { recordSpeakerChoices } from './speaker-choices'
import { SpeakerConflicts } from './speaker-conflicts'

export interface SyncConflictHooks {
  /** Runs `fn` in a Y transaction of this side's own. */
  writeLocal(fn: () => void): void
  isLocal(origin: unknown): boolean
  /** A teammate's entry that is malformed: logged and counted, never used. */
  refuse(line: string): void
  log(line: string): void
  /** The list may have changed. */
  changed(): void
}

/**
 * What team sync could not merge silently on this machine, every kind in one list: speaker conflicts (from the
 * team copy, saved in <workspace>/sync/state.bin), kept documents (in <workspace>/sync/kept/) and codings of a
 * deleted theme (in the team copy). None is exported.
 */
export class SyncConflicts {
  readonly speakers: SpeakerConflicts
  readonly documents: KeptDocuments
  readonly orphans: OrphanCodings
  private readonly sources: ConflictSource[]

  private constructor(
    private readonly doc: Y.Doc,
    private readonly ws: Workspace,
    hooks: SyncConflictHooks
  ) {
    this.speakers = new SpeakerConflicts(doc, ws, hooks)
    this.documents = new KeptDocuments(doc, ws, hooks.changed, hooks.log)
    this.orphans = new OrphanCodings(doc, ws, hooks.writeLocal)
    this.sources = [this.speakers, this.documents, this.orphans]
  }

  /** Call with the saved Y.Doc loaded, before mirroring starts. */
  static async start(doc: Y.Doc, ws: Workspace, hooks: SyncConflictHooks): Promise<SyncConflicts> {
    const conflicts = new SyncConflicts(doc, ws, hooks)
    conflicts.speakers.start(hooks.isLocal)
    await conflicts.documents.load()
    return conflicts
  }

  /** What a local commit tells the team besides its entities: speaker choices, who deleted a document. */
  recordLocal(changes: readonly Change[]): void {
    const coderId = this.ws.state.coderId
    if (!coderId) return
    const at = new Date().toISOString()
    recordSpeakerChoices(this.doc, changes, coderId, at)
    recordRemovals(this.doc, changes, coderId, at)
    recordThemeRemovals(this.doc, changes, coderId, at)
  }

  list(): SyncConflict[] {
    return this.sources.flatMap((s) => s.list())
  }

  get count(): number {
    return this.sources.reduce((n, s) => n + s.list().length, 0)
  }

  resolve(id: string, action: SyncConflictAction): Promise<void> {
    const source = this.sources.find((s) => id.startsWith(s.prefix))
    if (!source) throw new ApiError('NOT_FOUND', `no conflict "${id}"`)
    return source.resolve(id, action)
  }
}
