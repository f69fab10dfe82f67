import { z } from 'zod'
import {
  Annotation,
  Coder,
  Document,
  DocumentSource,
  Id,
  IsoDate,
  IsoDateTime,
  Link,
  Statement,
  WorkspaceMeta
} from '../domain'
import { SyncStatus } from './sync'

export const DamagedFileView = z.object({ file: z.string(), reason: z.string() })
export type DamagedFileView = z.infer<typeof DamagedFileView>

export const WorkspaceInfo = z.object({
  meta: WorkspaceMeta.nullable(),
  path: z.string(),
  schemaVersion: z.number().int(),
  readOnly: z.boolean(),
  damaged: z.array(DamagedFileView),
  /** While the search index is still being built after open. */
  indexing: z.object({ done: z.number().int(), total: z.number().int() }).optional()
})
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>

/** The workspace's coders and the one its new work is credited to (null while workspace.json is damaged). */
export const CodersView = z.object({ current: Coder.nullable(), coders: z.array(Coder) })
export type CodersView = z.infer<typeof CodersView>

export const DocumentSummary = z.object({
  id: Id,
  title: z.string(),
  source: DocumentSource,
  publishedAt: IsoDate.nullable(),
  authors: z.array(z.string()),
  importedAt: IsoDateTime,
  statementCount: z.number().int(),
  annotationCount: z.number().int()
})
export type DocumentSummary = z.infer<typeof DocumentSummary>

export const DocumentView = z.object({
  document: Document,
  statements: z.array(Statement),
  annotations: z.array(Annotation),
  /** Number of cross-references (in or out) per statement id, for the gutter. */
  linkCounts: z.record(z.string(), z.number().int())
})
export type DocumentView = z.infer<typeof DocumentView>

/**
 * The start of a document, for the reader to paint while the whole (documents.get) is on its way: `document` with
 * its text cut after its first paragraphs, `paragraphs` cut to those, and the statements and highlights that lie
 * wholly inside them. `totals` counts the whole document's.
 */
export const DocumentHead = DocumentView.extend({
  totals: z.object({ statements: z.number().int(), annotations: z.number().int() })
})
export type DocumentHead = z.infer<typeof DocumentHead>

/**
 * One coding of a statement by a theme: the theme is on the whole statement (`statement`), or on a highlight that
 * touches it (`span`, with the highlight's id and its exact quote). A highlight across two statements codes both.
 */
export const StatementCoding = z.object({
  themeId: Id,
  how: z.enum(['statement', 'span']),
  annotationId: Id.optional(),
  quote: z.string().optional(),
  /** Who applied the theme, and when, earliest first (several coders may have); empty for older work. */
  by: z.array(z.object({ coderId: Id, coderName: z.string(), at: IsoDateTime })).optional()
})
export type StatementCoding = z.infer<typeof StatementCoding>

export const StatementRow = Statement.extend({
  documentTitle: z.string(),
  publishedAt: IsoDate.nullable(),
  linkCount: z.number().int(),
  annotationCount: z.number().int(),
  /** Every coding of the statement, whole-statement first; `themeIds` stays the whole-statement themes. */
  codings: z.array(StatementCoding).default([])
})
export type StatementRow = z.infer<typeof StatementRow>

export const StatementRef = z.object({
  id: Id,
  documentId: Id,
  documentTitle: z.string(),
  text: z.string(),
  speakerId: Id.nullable()
})
export type StatementRef = z.infer<typeof StatementRef>

export const LinkView = Link.extend({ from: StatementRef, to: StatementRef })
export type LinkView = z.infer<typeof LinkView>

export const StatementDetail = z.object({
  statement: StatementRow,
  annotations: z.array(Annotation),
  linksOut: z.array(LinkView),
  linksIn: z.array(LinkView),
  /** Notes that cite this statement. */
  citedBy: z.array(z.object({ id: Id, title: z.string() }))
})
export type StatementDetail = z.infer<typeof StatementDetail>

export const NoteSummary = z.object({
  id: Id,
  title: z.string(),
  excerpt: z.string(),
  updatedAt: IsoDateTime,
  statementCount: z.number().int()
})
export type NoteSummary = z.infer<typeof NoteSummary>

export const SEARCH_KINDS = ['statement', 'annotation', 'note'] as const
export const SearchKind = z.enum(SEARCH_KINDS)
export type SearchKind = z.infer<typeof SearchKind>

export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  documentId: Id.nullable(),
  /** The statement an annotation hit lies in, when there is one. */
  statementId: Id.nullable(),
  title: z.string(),
  snippet: z.string(),
  /** The matched terms as they occur in the indexed text, for highlighting. */
  terms: z.array(z.string()),
  score: z.number(),
  /** The speaker of the statement hit (or of the statement an annotation hit lies in), when attributed. */
  speakerName: z.string().nullable().optional()
})
export type SearchHit = z.infer<typeof SearchHit>

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable()
})
export type HistoryState = z.infer<typeof HistoryState>

export const Stats = z.object({
  documents: z.number().int(),
  statements: z.number().int(),
  annotations: z.number().int(),
  links: z.number().int(),
  notes: z.number().int(),
  /**
   * Per theme: statements tagged with it as a whole and highlights tagged with it (directly), and `total`, the
   * statements it codes — whole or through a highlight — with its descendants, each counted once: what the claims
   * view filtered by the theme lists.
   */
  themes: z.record(
    z.string(),
    z.object({ statements: z.number().int(), annotations: z.number().int(), total: z.number().int() })
  ),
  speakers: z.record(z.string(), z.number().int()),
  perDocument: z.record(z.string(), z.object({ statements: z.number().int(), annotations: z.number().int() }))
})
export type Stats = z.infer<typeof Stats>

export const ENTITY_KINDS = [
  'workspace',
  'document',
  'statement',
  'annotation',
  'theme',
  'speaker',
  'link',
  'note',
  'view',
  'sync'
] as const
export const EntityKind = z.enum(ENTITY_KINDS)
export type EntityKind = z.infer<typeof EntityKind>

/** Emitted after every committed change so open views can refresh. */
export const ChangeEvent = z.object({
  version: z.number().int(),
  label: z.string(),
  kinds: z.array(EntityKind),
  documentIds: z.array(Id),
  /** The undo history after the change. */
  history: HistoryState.optional(),
  /** The changed statements as they are now, when a few changed (a tag, a speaker): views update without asking. */
  statements: z.array(Statement).optional(),
  /** The team sync's status, on a `sync` event (the connection changed, or what is pending did). */
  sync: SyncStatus.optional()
})
export type ChangeEvent = z.infer<typeof ChangeEvent>

/** An export's files: one for single-file formats, a folder's worth for obsidian. Text as text, binaries base64. */
export const ExportResult = z.object({
  suggestedName: z.string(),
  mediaType: z.string(),
  files: z.array(z.object({ path: z.string(), text: z.string().optional(), base64: z.string().optional() }))
})
export type ExportResult = z.infer<typeof ExportResult>

export const ImportResult = z.object({
  imported: z.array(z.object({ documentId: Id, title: z.string(), statements: z.number().int() })),
  skipped: z.array(z.object({ fileName: z.string(), reason: z.string(), duplicateOf: Id.optional() })),
  warnings: z.array(z.string())
})
export type ImportResult = z.infer<typeof ImportResult>

/** Progress of a long operation (import, export), for a progress bar; `total` 0 means unknown. */
export const ProgressEvent = z.object({
  taskId: Id,
  label: z.string(),
  done: z.number(),
  total: z.number(),
  finished: z.boolean()
})
export type ProgressEvent = z.infer<typeof ProgressEvent>

/** The task id of the search index built in the background after a workspace opens. */
export const SEARCH_INDEX_TASK = 'search-index'

/** What deleting a document takes with it, for the confirmation: its statements, highlights and links. */
export const DocumentDeletePreview = z.object({
  id: Id,
  title: z.string(),
  statements: z.number().int(),
  annotations: z.number().int(),
  /** Cross-references touching its statements, from or to any document: deleted with it. */
  links: z.number().int(),
  /** Notes citing its statements: they keep their text; the citation shows as missing. */
  notes: z.number().int()
})
export type DocumentDeletePreview = z.infer<typeof DocumentDeletePreview>

/** One row of the highlights list (annotations.list). */
export const AnnotationRow = z.object({
  id: Id,
  documentId: Id,
  documentTitle: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  /** The note as plain text; '' when there is none. */
  note: z.string(),
  themeIds: z.array(Id),
  /** The statement the highlight starts in, when there is one. */
  statementId: Id.nullable(),
  /** The speaker of the statement(s) it touches: the first attributed one. */
  speakerId: Id.nullable(),
  speakerName: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime
})
export type AnnotationRow = z.infer<typeof AnnotationRow>
