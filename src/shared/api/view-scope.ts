import { z } from 'zod'
import { Id } from '../domain'

/**
 * Whose codings views show: everyone's, the current coder's (`mine`) or one coder's (by id). Blind mode shows
 * only mine, so a coder works without seeing the others' codings or their counts. A local setting of this
 * computer: never exported, merged or synced.
 */
export const ViewScope = z
  .object({ show: z.union([z.enum(['all', 'mine']), Id]), blind: z.boolean() })
  .strict()
  .refine((v) => !v.blind || v.show === 'mine', 'blind mode shows only mine')
export type ViewScope = z.infer<typeof ViewScope>

export const DEFAULT_VIEW_SCOPE: ViewScope = { show: 'all', blind: false }

/** A change of scope: turning blind mode on shows only mine; while it is on, only `mine` may be asked for. */
export const ViewScopeInput = z
  .object({ show: z.union([z.enum(['all', 'mine']), Id]).optional(), blind: z.boolean().optional() })
  .strict()
  .refine((v) => v.show !== undefined || v.blind !== undefined, 'say what to show (show) or blind')
