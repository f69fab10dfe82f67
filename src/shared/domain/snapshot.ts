import { z } from 'zod'
import { Annotation } from './annotation'
import { Coder } from './coder'
import { Document } from './document'
import { Id } from './ids'
import { Link } from './link'
import { Note } from './note'
import { Speaker } from './speaker'
import { Statement } from './statement'
import { Theme } from './theme'
import { WorkspaceMeta } from './workspace-meta'

export const SNAPSHOT_FORMAT = 'dossier-workspace'
export const SNAPSHOT_VERSION = 1

/** The whole workspace as one JSON value: the `json` export, and the input of every other exporter. */
export const WorkspaceSnapshot = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    exportedAt: z.string(),
    meta: WorkspaceMeta,
    /** The coders whose work it holds (absent in exports written before coders were recorded). */
    coders: z.array(Coder).max(1000).optional(),
    /** The coder the workspace credited new work to. */
    coderId: Id.optional(),
    themes: z.array(Theme),
    speakers: z.array(Speaker),
    documents: z.array(
      z
        .object({ document: Document, statements: z.array(Statement), annotations: z.array(Annotation) })
        .strict()
    ),
    links: z.array(Link),
    notes: z.array(Note),
    /** Saved views (see api/saved-views.ts; checked against that schema when a snapshot is read). */
    views: z.array(z.record(z.string(), z.unknown())).optional()
  })
  .strict()
  .refine((s) => s.coderId === undefined || s.coders?.some((c) => c.id === s.coderId), {
    message: 'coderId must name one of coders',
    path: ['coderId']
  })
export type WorkspaceSnapshot = z.infer<typeof WorkspaceSnapshot>
