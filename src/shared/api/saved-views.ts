import { z } from 'zod'
import { Id, IsoDateTime } from '../domain'
import { StatementsNarrowing } from './inputs'

export const VIEW_NAME_MAX = 120

/** A view's name as typed: trimmed, 1–120 characters, unique in the workspace ignoring case. */
export const ViewName = z
  .string()
  .trim()
  .min(1, 'a view needs a name')
  .max(VIEW_NAME_MAX, `a view name is at most ${VIEW_NAME_MAX} characters`)
  .refine(
    (s) => ![...s].some((c) => c < ' ' || c === '\u007f'),
    'a view name cannot contain control characters'
  )

/** What a saved view narrows the statements to: the analysis filter, and the claims view's text and links. */
export const SavedViewFilter = StatementsNarrowing
export type SavedViewFilter = z.infer<typeof SavedViewFilter>

/** A named filter kept in the workspace (views.json), to come back to the same slice of the corpus. */
export const SavedView = z
  .object({
    id: Id,
    name: z.string().min(1).max(VIEW_NAME_MAX),
    filter: SavedViewFilter,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime
  })
  .strict()
export type SavedView = z.infer<typeof SavedView>

/**
 * A saved view as listed: its filter without the ids of themes, speakers and documents deleted since it was
 * saved (the view still opens), and a note for each one dropped.
 */
export const SavedViewRow = SavedView.extend({ dropped: z.array(z.string()) })
export type SavedViewRow = z.infer<typeof SavedViewRow>

/** Creates the view, or replaces the filter of the one with this name (ignoring case). */
export const ViewSaveInput = z.object({ name: ViewName, filter: SavedViewFilter }).strict()

/** A view by its id or its name (ignoring case). */
export const ViewRefInput = z
  .object({ id: Id.optional(), name: z.string().trim().min(1).max(VIEW_NAME_MAX).optional() })
  .strict()
  .refine((v) => (v.id === undefined) !== (v.name === undefined), {
    message: 'give exactly one of id or name'
  })
