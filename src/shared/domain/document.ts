import { z } from 'zod'
import { Id, IsoDate, IsoDateTime, MAX_TEXT, Name } from './ids'

export const TextRange = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((r) => r.end >= r.start, 'end must not be before start')
export type TextRange = z.infer<typeof TextRange>

export const DocumentSource = z
  .object({
    publisher: z.string().max(500).optional(),
    url: z.string().max(2000).optional(),
    fileName: z.string().max(500).optional()
  })
  .strict()
export type DocumentSource = z.infer<typeof DocumentSource>

/** A page of a paginated source (PDF), as an offset range into the text, for citations. */
export const PageRange = z
  .object({ page: z.number().int().min(1), start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()

export const Document = z
  .object({
    id: Id,
    title: Name,
    source: DocumentSource,
    publishedAt: IsoDate.nullable(),
    authors: z.array(z.string().max(200)).max(100),
    importedAt: IsoDateTime,
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'),
    /** The source text. Never edited after import, so quotes stay faithful. */
    text: z.string().max(MAX_TEXT),
    paragraphs: z.array(TextRange),
    pages: z.array(PageRange).optional()
  })
  .strict()
export type Document = z.infer<typeof Document>
