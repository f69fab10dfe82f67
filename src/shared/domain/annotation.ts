import { z } from 'zod'
import { ThemeCoding } from './coder'
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
    /** Who applied each of `themeIds`, and when: one entry per theme and coder (absent in older files). */
    codedBy: z.array(ThemeCoding).max(5000).optional(),
    note: RichDoc.nullable(),
    notePlain: z.string().max(MAX_NOTE_TEXT),
    /** The coder who made the highlight (absent in older files). */
    createdBy: Id.optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime
  })
  .strict()
export type Annotation = z.infer<typeof Annotation>
