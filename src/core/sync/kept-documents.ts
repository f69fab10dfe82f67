import type * as Y from 'yjs'
import { z } from 'zod'
import { ApiError, type DeletedDocumentConflict, type SyncConflictAction } from '../../shared/api'
import { Id, IsoDateTime, type Annotation, type Statement } from '../../shared/domain'
import type { Change, DocumentBundle } from '../model/change'
import type { WorkspaceState } from '../model/workspace-state'
import type { Workspace } from '../workspace'
import type { ConflictSource } from './conflict-source'
import {
  readKeptDocuments,
  removeKeptDocument,
  writeKeptDocument,
  type KeptDocument
} from './kept-documents-file'

const PREFIX = 'document:'

/** The Y.Map naming who deleted each document (by coder), so a teammate can be told. */
export const DOCUMENT_REMOVALS = 'documentRemovals'
const Removal = z.strictObject({ by: Id, at: IsoDateTime })

const removals = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DOCUMENT_REMOVALS)

/** Notes who deleted each document the changes delete (call inside a transaction). */
export function recordRemovals(doc: Y.Doc, changes: readonly Change[], coderId: string, at: string): void {
  for (const c of changes)
    if (c.kind === 'document' && c.before && !c.after)
      removals(doc).set(c.before.document.id, { by: coderId, at } satisfies z.infer<typeof Removal>)
}

/** The coder's work in a document: highlights they made (with a note or not) and codings they applied. */
function workIn(
  bundle: DocumentBundle,
  coderId: string
): { highlights: number; notes: number; codings: number } {
  const mine = bundle.annotations.filter((a) => a.createdBy === coderId)
  const codings = [...bundle.statements, ...bundle.annotations].reduce(
    (n, e) => n + (e.codedBy?.filter((c) => c.createdBy === coderId).length ?? 0),
    0
  )
  return { highlights: mine.length, notes: mine.filter((a) => a.notePlain.trim() !== '').length, codings }
}

/** The bundle without what this workspace no longer has (deleted themes, speakers), so it can be added back. */
function fitted(bundle: DocumentBundle, s: WorkspaceState): DocumentBundle {
  const codings = <T extends Statement | Annotation>(e: T): T => {
    const themeIds = e.themeIds.filter((t) => s.themes.has(t))
    if (themeIds.length === e.themeIds.length) return e
    const codedBy = e.codedBy?.filter((c) => themeIds.includes(c.themeId))
    return { ...e, themeIds, ...(codedBy ? { codedBy } : {}) }
  }
  return {
    document: bundle.document,
    statements: bundle.statements.map((st) => {
      const fit = codings(st)
      return fit.speakerId === null || s.speakers.has(fit.speakerId)
        ? fit
        : { ...fit, speakerId: null, attribution: { method: 'none' } }
    }),
    annotations: bundle.annotations.map(codings)
  }
}

/**
 * Documents a teammate deleted while this analyst had worked in them: before the deletion is committed here, a
 * copy of the document as it was is saved in <workspace>/sync/kept/, and listed until restored (added back as an
 * edit of this analyst's, so the team gets it back) or confirmed (the copy is dropped).
 */
export class KeptDocuments implements ConflictSource {
  readonly prefix = PREFIX
  private readonly kept = new Map<string, KeptDocument>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly ws: Workspace,
    private readonly changed: () => void,
    private readonly log: (line: string) => void
  ) {}

  async load(): Promise<void> {
    const { kept, damaged } = await readKeptDocuments(this.ws.store.dir)
    for (const k of kept) this.kept.set(k.bundle.document.id, k)
    for (const name of damaged) this.log(`a kept document is damaged and not listed: sync/kept/${name}`)
  }

  /** Saves a copy of every document the changes delete that holds this analyst's work (before they commit). */
  async keepDeleted(changes: readonly Change[]): Promise<void> {
    const coderId = this.ws.state.coderId
    if (!coderId) return
    for (const c of changes) {
      if (c.kind !== 'document' || !c.before || c.after) continue
      const work = workIn(c.before, coderId)
      if (work.highlights + work.codings === 0) continue
      const id = c.before.document.id
      const removal = Removal.safeParse(removals(this.doc).get(id))
      const kept: KeptDocument = {
        keptAt: new Date().toISOString(),
        coderId,
        deletedBy: removal.success ? (this.ws.state.coders.get(removal.data.by)?.name ?? null) : null,
        bundle: c.before
      }
      await writeKeptDocument(this.ws.store.dir, kept)
      this.kept.set(id, kept)
      this.log(`kept a copy of document ${id}, deleted by a teammate`)
      this.changed()
    }
  }

  list(): DeletedDocumentConflict[] {
    return [...this.kept.values()].map((k) => ({
      id: `${PREFIX}${k.bundle.document.id}`,
      kind: 'deletedDocument',
      documentId: k.bundle.document.id,
      title: k.bundle.document.title,
      deletedBy: k.deletedBy,
      keptAt: k.keptAt,
      ...workIn(k.bundle, k.coderId)
    }))
  }

  async resolve(id: string, action: SyncConflictAction): Promise<void> {
    const documentId = id.slice(PREFIX.length)
    const kept = this.kept.get(documentId)
    if (!kept) throw new ApiError('NOT_FOUND', `no kept copy of document "${documentId}"`)
    if (action !== 'restore' && action !== 'confirm')
      throw new ApiError(
        'INVALID_INPUT',
        `a deleted document is resolved by restore or confirm, not ${action}`
      )
    if (action === 'restore')
      await this.ws.mutate(`Restore “${kept.bundle.document.title}”`, () => {
        const s = this.ws.state
        const bundle = fitted(kept.bundle, s)
        if (!s.docs.has(documentId))
          return { changes: [{ kind: 'document', before: null, after: bundle }], result: undefined }
        // Back already (a teammate restored it): add the highlights it lacks.
        const changes: Change[] = bundle.annotations
          .filter((a) => !s.annotations.has(a.id))
          .map((a) => ({ kind: 'annotation', before: null, after: a }))
        return { changes, result: undefined }
      })
    await removeKeptDocument(this.ws.store.dir, documentId)
    this.kept.delete(documentId)
    this.changed()
  }
}
