import { z } from 'zod'
import { ThemeCoding } from './coder'
import { Id } from './ids'

export const Attribution = z.discriminatedUnion('method', [
  z
    .object({
      method: z.literal('none'),
      /** When an analyst cleared the speaker: when, and which coder. */
      at: z.string().max(40).optional(),
      by: Id.optional()
    })
    .strict(),
  z
    .object({
      method: z.literal('auto'),
      /** The text that matched, e.g. "Stoltenberg said" or "he added (after Nye)". */
      cue: z.string().max(500)
    })
    .strict(),
  z.object({ method: z.literal('analyst'), at: z.string().max(40), by: Id.optional() }).strict()
])
export type Attribution = z.infer<typeof Attribution>

export const Statement = z
  .object({
    id: Id,
    documentId: Id,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().max(100_000),
    paragraphIndex: z.number().int().min(0),
    speakerId: Id.nullable(),
    attribution: Attribution,
    themeIds: z.array(Id).max(500),
    /** Who applied each of `themeIds`, and when: one entry per theme and coder (absent in older files). */
    codedBy: z.array(ThemeCoding).max(5000).optional(),
    /** Subtitles and timed transcripts: when the statement is spoken, in milliseconds from the start. */
    time: z
      .object({ startMs: z.number().int().min(0), endMs: z.number().int().min(0) })
      .strict()
      .refine((t) => t.endMs >= t.startMs, 'endMs must not be before startMs')
      .optional()
  })
  .strict()
export type Statement = z.infer<typeof Statement>
