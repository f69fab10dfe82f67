import { z } from 'zod'
import { Id } from '../domain'
import { MAX_IMPORT_BASE64 } from './inputs'

/** Another workspace's JSON export (`.json`) or a REFI-QDA project (`.qdpx`) to merge into this one. */
export const MergeInput = z
  .object({
    fileName: z.string().min(1).max(500),
    base64: z.string().max(MAX_IMPORT_BASE64, 'the file is over the 50 MB import limit'),
    /** Add the documents this workspace lacks even when it shares none with the file (other sources). */
    addSources: z.boolean().optional()
  })
  .strict()
export type MergeInput = z.infer<typeof MergeInput>

const Count = z.number().int().min(0)
const DocumentRef = z.object({ id: Id, title: z.string() })
const Work = { codings: Count, annotations: Count, links: Count, notes: Count }

/** What a merge brings in (merge.preview) or brought in (merge.apply). */
export const MergeSummary = z.object({
  fileName: z.string(),
  kind: z.enum(['dossier', 'qdpx']),
  /** The other workspace's (or project's) name. */
  from: z.string(),
  documents: z.object({
    /** The file's documents this workspace has (the same text): their work comes in. */
    matched: z.array(DocumentRef),
    /** Documents this workspace lacks, added with their work. */
    added: z.array(DocumentRef),
    /** Documents this workspace lacks that are not added: the file shares none with it (see `refusal`). */
    refused: z.array(DocumentRef)
  }),
  /** Why the merge is refused (it would change nothing); null when it can go ahead. */
  refusal: z.string().nullable(),
  /** The coders whose work comes in, and how much of it: codings (themes applied), highlights, links, notes. */
  coders: z.array(z.object({ id: Id, name: z.string(), isNew: z.boolean(), ...Work })),
  themes: z.object({
    /** The file's themes found here: by id (the same theme), by path (names from the top), or by name alone. */
    matched: z.array(
      z.object({ id: Id, path: z.string(), theirPath: z.string(), by: z.enum(['id', 'path', 'name']) })
    ),
    /** Themes this workspace lacks, added to the codebook: to map onto existing ones or merge. */
    added: z.array(z.object({ id: Id, path: z.string() }))
  }),
  /** Names of the speakers added with new documents. */
  speakersAdded: z.array(z.string()),
  /** What the file holds that is here already, so it is not brought in again. */
  alreadyHere: z.object(Work),
  /** One line each: what differs and was left as this workspace has it, or could not come in. */
  conflicts: z.array(z.string()),
  /** One line each: what else to know (saved views are not merged, work credited to you…). */
  remarks: z.array(z.string()),
  /** How many entities the merge changes (0: nothing to merge). */
  changes: Count,
  /** Whether this summary is of a merge that was made (merge.apply), not a preview. */
  applied: z.boolean()
})
export type MergeSummary = z.infer<typeof MergeSummary>
