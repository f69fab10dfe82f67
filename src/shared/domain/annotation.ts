import { z } from 'zod'
import { Id, IsoDateTime, MAX_NOTE_TEXT } from './ids'
import { RichDoc } from './rich-text'

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelector = z
  .object({
    exact: z.string().min(1).max(100_000),
    prefix: z.string().max(64),
    suffix: z.string().max(64)
  })
  .strict()
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>

export const Annotation = z
  .object({
    id: Id,
    documentId: Id,
    /** W3C TextPositionSelector, in UTF-16 code units of the document text. */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: TextQuoteSelector,
    themeIds: z.array(Id).max(500),
    note: RichDoc.nullable(),
    notePlain: z.string().max(MAX_NOTE_TEXT),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime
  })
  .strict()
export type Annotation = z.infer<typeof Annotation>
