import { z } from 'zod'
import {
  Annotation,
  Coder,
  Document,
  Id,
  Link,
  Note,
  Speaker,
  Statement,
  Theme,
  themeCodingProblem,
  WorkspaceMeta
} from '../../shared/domain'
import { SavedView } from '../../shared/api/saved-views'
import { REMOVED_THEMES_MAX, RemovedTheme } from '../model/removed-themes'

/** The schema version this build reads and writes. Older files are migrated on open (see migrations/). */
export const SCHEMA_VERSION = 3

export const WorkspaceFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    meta: WorkspaceMeta,
    /** Everyone who has coded in the workspace (see core/model/coders.ts for a file without them). */
    coders: z.array(Coder).max(1000).optional(),
    /** The coder the workspace's new work is credited to: one of `coders`. */
    coderId: Id.optional(),
    themes: z.array(Theme),
    speakers: z.array(Speaker),
    /** Themes merged away or deleted here (see core/model/removed-themes.ts). */
    removedThemes: z.array(RemovedTheme).max(REMOVED_THEMES_MAX).optional()
  })
  .strict()
  .refine((w) => w.coderId === undefined || w.coders?.some((c) => c.id === w.coderId), {
    message: 'coderId must name one of coders',
    path: ['coderId']
  })
export type WorkspaceFile = z.infer<typeof WorkspaceFile>

export const DocumentFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    document: Document,
    statements: z.array(Statement),
    annotations: z.array(Annotation)
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const [key, list] of [
      ['statements', file.statements],
      ['annotations', file.annotations]
    ] as const)
      list.forEach((entity, i) => {
        const problem = themeCodingProblem(entity)
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [key, i, 'codedBy'] })
      })
  })
export type DocumentFile = z.infer<typeof DocumentFile>

export const LinksFile = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), links: z.array(Link) }).strict()
export type LinksFile = z.infer<typeof LinksFile>

export const NoteFile = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), note: Note }).strict()
export type NoteFile = z.infer<typeof NoteFile>

/** The speakers of a workspace that has many (see model/speaker-files.ts); a small one keeps them in workspace.json. */
export const SpeakersFile = z
  .object({ schemaVersion: z.literal(SCHEMA_VERSION), speakers: z.array(Speaker) })
  .strict()
export type SpeakersFile = z.infer<typeof SpeakersFile>

/** The workspace's saved views (named filters); absent until the first is saved. */
export const ViewsFile = z
  .object({ schemaVersion: z.literal(SCHEMA_VERSION), views: z.array(SavedView) })
  .strict()
export type ViewsFile = z.infer<typeof ViewsFile>

/**
 * A file of the workspace, by its path relative to the workspace folder:
 * `workspace.json`, `links.json`, `speakers.json`, `views.json`, `documents/<id>.json`, `notes/<id>.json`, `links/<shard>.json`.
 */
export type FileKey =
  | 'workspace.json'
  | 'links.json'
  | 'speakers.json'
  | 'views.json'
  | `documents/${string}.json`
  | `notes/${string}.json`
  | `links/${string}.json`

export const documentFileKey = (id: string): FileKey => `documents/${id}.json`
export const noteFileKey = (id: string): FileKey => `notes/${id}.json`

/** A file that could not be read or failed validation. It is never overwritten until restored. */
export interface DamagedFile {
  file: string
  reason: string
}

/** The kinds of workspace file, each with its own schema. */
export type FileKind = 'workspace' | 'links' | 'speakers' | 'document' | 'note' | 'views'

export const FILE_SCHEMAS = {
  workspace: WorkspaceFile,
  links: LinksFile,
  speakers: SpeakersFile,
  document: DocumentFile,
  note: NoteFile,
  views: ViewsFile
} as const

/** The file contents by kind. */
export interface FileData {
  workspace: WorkspaceFile
  links: LinksFile
  speakers: SpeakersFile
  document: DocumentFile
  note: NoteFile
  views: ViewsFile
}
export type AnyFileData = FileData[FileKind]

const SHARDED = /^(documents|notes|links)\/([A-Za-z0-9_.-]{1,80})\.json$/
const KIND_OF_FOLDER: Record<string, FileKind> = { documents: 'document', notes: 'note', links: 'links' }

/**
 * What a relative path names: its kind and, for documents, notes and link shards, the id from the file name.
 * Null when the path is not a workspace file (so `..`, absolute paths and other folders are never FileKeys).
 */
export function parseFileKey(file: string): { key: FileKey; kind: FileKind; id: string | null } | null {
  if (file === 'workspace.json') return { key: file, kind: 'workspace', id: null }
  if (file === 'links.json') return { key: file, kind: 'links', id: null }
  if (file === 'speakers.json') return { key: file, kind: 'speakers', id: null }
  if (file === 'views.json') return { key: file, kind: 'views', id: null }
  const m = SHARDED.exec(file)
  if (!m || !m[2]) return null
  return { key: file as FileKey, kind: KIND_OF_FOLDER[m[1]!]!, id: m[2] }
}

/** workspace.json is small and often read by people, so it is indented; the other files are compact. */
export const jsonIndentFor = (file: string): number | undefined => (file === 'workspace.json' ? 2 : undefined)
