import { z } from 'zod'
import { Id, IsoDateTime, MAX_NOTE_TEXT, Name } from './ids'
import { RichDoc } from './rich-text'

export const Note = z
  .object({
    id: Id,
    title: Name,
    content: RichDoc,
    /** Plain-text rendering of `content`, for search and exports. */
    plain: z.string().max(MAX_NOTE_TEXT),
    /** Statements and themes the note references (derived from its reference chips). */
    statementIds: z.array(Id).max(5000),
    themeIds: z.array(Id).max(5000),
    /** The coder who wrote the note (absent in older files). */
    createdBy: Id.optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime
  })
  .strict()
export type Note = z.infer<typeof Note>
