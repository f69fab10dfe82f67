import { z } from 'zod'

export const MAX_NAME = 200
export const MAX_TEXT = 2_000_000
export const MAX_NOTE_TEXT = 200_000

/** Ids are short opaque strings: letters, digits, `_`, `-` and `.` (statement ids are `<documentId>.<n>`). */
export const Id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_.-]+$/, 'must contain only letters, digits, "_", "-" or "."')
export type Id = z.infer<typeof Id>

export const IsoDateTime = z.iso.datetime({ offset: true })
/** A calendar date (YYYY-MM-DD) or a full ISO timestamp. */
export const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })])

export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4')
export type HexColor = z.infer<typeof HexColor>

export const Name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME)
