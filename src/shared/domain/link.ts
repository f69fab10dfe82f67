import { z } from 'zod'
import { Id, IsoDateTime } from './ids'
import { RELATIONS } from './relation-names'

export { RELATIONS }
export const Relation = z.enum(RELATIONS)
export type Relation = z.infer<typeof Relation>

export const Link = z
  .object({
    id: Id,
    fromId: Id,
    toId: Id,
    relation: Relation,
    note: z.string().max(20_000),
    /** The coder who made the link (absent in older files). */
    createdBy: Id.optional(),
    createdAt: IsoDateTime
  })
  .strict()
export type Link = z.infer<typeof Link>
