import { z } from 'zod'
import { EXPORT_FORMATS } from './export-formats'
import { CoderName, HexColor, Id, Name, Relation, RichDoc } from '../domain'
import { SearchKind } from './views'

const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict()
export const Empty = strict({})
const IdList = z.array(Id).min(1).max(10_000)

export const ByIdInput = strict({ id: Id })
/** A document's head: its first paragraphs, as many as hold `chars` characters (at least one). */
export const DocumentHeadInput = strict({ id: Id, chars: z.number().int().min(1).max(1_000_000) })

export const STATEMENT_SORT_KEYS = [
  'position',
  'document',
  'date',
  'speaker',
  'text',
  'themes',
  'links',
  'annotations'
] as const
const Day = z.iso.date()
const SpeakerKey = z.union([Id, z.literal('none')])

/**
 * What a set of statements is narrowed to, in the claims view, the analysis views and saved views. Every field
 * narrows; lists match any of their items.
 */
export const AnalysisFilterShape = {
  documentIds: z.array(Id).max(10_000).optional(),
  /** Speaker ids, or "none" for statements without a speaker. */
  speakerIds: z.array(SpeakerKey).max(10_000).optional(),
  /** Statements coded with any of these themes or their descendants (see `coding`). */
  themeIds: z.array(Id).max(500).optional(),
  /** How the themes must code a statement: on the whole statement, through a highlight, or either (default). */
  coding: z.enum(['any', 'statement', 'span']).optional(),
  /** Statements coded with every one of these themes (each with its descendants, as `coding` says). */
  allThemeIds: z.array(Id).max(500).optional(),
  /** Documents dated from this day, inclusive (undated documents are left out when a range is given). */
  from: Day.optional(),
  /** Documents dated up to this day, inclusive. */
  to: Day.optional(),
  /** Statements at either end of a cross-reference of this relation. */
  relation: Relation.optional()
}
export const AnalysisFilter = strict(AnalysisFilterShape)
export type AnalysisFilter = z.infer<typeof AnalysisFilter>

export const StatementFilter = strict({
  ...AnalysisFilterShape,
  documentId: Id.optional(),
  /** Matches statements coded with this theme or any of its descendants. */
  themeId: Id.optional(),
  /** A speaker id, or "none" for statements without a speaker. */
  speakerId: SpeakerKey.optional(),
  text: z.string().max(500).optional(),
  linked: z.enum(['any', 'linked', 'unlinked']).optional(),
  sort: z.enum(STATEMENT_SORT_KEYS).optional(),
  descending: z.boolean().optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100_000).optional()
})
export type StatementFilter = z.infer<typeof StatementFilter>

export const TagInput = strict({ statementIds: IdList, themeIds: IdList })
export const SetSpeakerInput = strict({
  statementId: Id,
  /** An existing speaker, or null to clear. */
  speakerId: Id.nullable().optional(),
  /** Create (or reuse, matching name or alias) a speaker by this name. */
  speakerName: Name.optional()
}).refine((v) => (v.speakerId === undefined) !== (v.speakerName === undefined), {
  message: 'give exactly one of speakerId or speakerName'
})

export const AnnotationCreateInput = strict({
  documentId: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  themeIds: z.array(Id).max(500).optional(),
  note: RichDoc.nullable().optional()
}).refine((v) => v.end > v.start, { message: 'end must be after start', path: ['end'] })
export const AnnotationUpdateInput = strict({
  id: Id,
  themeIds: z.array(Id).max(500).optional(),
  note: RichDoc.nullable().optional()
})

export const ThemeCreateInput = strict({
  name: Name,
  parentId: Id.nullable().optional(),
  color: HexColor.optional(),
  description: z.string().max(5000).optional()
})
export const ThemeUpdateInput = strict({
  id: Id,
  name: Name.optional(),
  parentId: Id.nullable().optional(),
  color: HexColor.optional(),
  description: z.string().max(5000).optional(),
  order: z.number().int().min(0).max(1_000_000).optional()
})
export const ThemeMergeInput = strict({ fromId: Id, intoId: Id })

export const SpeakerCreateInput = strict({
  name: Name,
  aliases: z.array(Name).max(50).optional(),
  role: z.string().max(500).nullable().optional()
})
export const SpeakerUpdateInput = strict({
  id: Id,
  name: Name.optional(),
  aliases: z.array(Name).max(50).optional(),
  role: z.string().max(500).nullable().optional()
})

export const LinkListInput = strict({ statementId: Id.optional() })
export const LinkCreateInput = strict({
  fromId: Id,
  toId: Id,
  relation: Relation,
  note: z.string().max(20_000).optional()
})
export const LinkUpdateInput = strict({
  id: Id,
  relation: Relation.optional(),
  note: z.string().max(20_000).optional()
})

export const NoteCreateInput = strict({ title: Name.optional(), content: RichDoc.optional() })
export const NoteUpdateInput = strict({ id: Id, title: Name.optional(), content: RichDoc.optional() })

export const SearchInput = strict({
  q: z.string().max(500),
  limit: z.number().int().min(1).max(500).optional(),
  kinds: z.array(SearchKind).max(3).optional(),
  /**
   * Only what this theme (or a sub-theme) codes: statements coded whole or through a highlight touching them,
   * highlights tagged with it, and notes tagged with it or citing a coded statement.
   */
  themeId: Id.optional()
})

export const RestoreInput = strict({ file: z.string().min(1).max(300) })

export { EXPORT_FORMATS }
export const ExportFormat = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormat>
/** The statements an export (or a saved view) is narrowed to: the analysis filter, text and links. */
export const StatementsNarrowing = strict({
  ...AnalysisFilterShape,
  text: z.string().max(500).optional(),
  linked: z.enum(['any', 'linked', 'unlinked']).optional()
})

export const ExportInput = strict({
  format: ExportFormat,
  /** Only this theme and its sub-themes. */
  themeId: Id.optional(),
  documentId: Id.optional(),
  /** csv only: one row per statement (default), per annotation, or per coding (statement, theme, how, quote). */
  rows: z.enum(['statements', 'annotations', 'codings']).optional(),
  /** Names the export so its progress can be followed and it can be cancelled (tasks.cancel). */
  taskId: Id.optional(),
  /** Only the statements this filter keeps (with their highlights, links and notes), e.g. a saved view's. */
  filter: StatementsNarrowing.optional(),
  /** The report (markdown, docx, html): keep themes that code nothing (left out by default). */
  keepEmptyThemes: z.boolean().optional()
})

/** 50 MiB of file, base64-encoded. */
export const MAX_IMPORT_BASE64 = Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4
export const ImportInput = strict({
  fileName: z.string().min(1).max(500),
  base64: z.string().max(MAX_IMPORT_BASE64, 'the file is over the 50 MB import limit'),
  title: Name.optional(),
  /** YYYY-MM-DD */
  date: z.iso.date().optional(),
  source: z.string().max(500).optional(),
  /** What to do when the same text is already in the workspace (same sha256): skip it (default) or import again. */
  duplicate: z.enum(['skip', 'import']).optional(),
  /** A client-chosen id: progress events carry it, and tasks.cancel stops the import. */
  taskId: Id.optional()
})
export const TaskCancelInput = strict({ taskId: Id })

export const SpeakerMergeInput = strict({ fromId: Id, intoId: Id })

/** Who codes from now on: the coder of this name (case aside), or a new one. */
export const CoderSetInput = strict({ name: CoderName })

/** Details of a document an analyst may correct after import; its text is never edited. Null clears a field. */
export const DocumentUpdateInput = strict({
  id: Id,
  title: Name.optional(),
  /** YYYY-MM-DD, or null when the document is undated. */
  publishedAt: z.iso.date('must be a date like 2024-03-31').nullable().optional(),
  authors: z.array(z.string().trim().min(1, 'an author must not be empty').max(200)).max(100).optional(),
  publisher: z.string().trim().max(500).nullable().optional(),
  url: z
    .string()
    .trim()
    .max(2000)
    .regex(/^(https?:\/\/\S+)?$/i, 'must be a web address starting with http:// or https://')
    .nullable()
    .optional()
})

/** The highlights list: every annotation, or those of a document, theme or speaker, or containing some text. */
export const AnnotationListInput = strict({
  documentId: Id.optional(),
  /** Annotations coded with this theme or any of its descendants. */
  themeId: Id.optional(),
  /** Annotations touching a statement of this speaker, or "none" for those touching no attributed statement. */
  speakerId: SpeakerKey.optional(),
  /** Matches the quote or the note, case-insensitively. */
  text: z.string().max(500).optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100_000).optional()
})
export type AnnotationListInput = z.infer<typeof AnnotationListInput>
