import { z } from 'zod'
import { HexColor, Id, Name } from './ids'

export const Theme = z
  .object({
    id: Id,
    name: Name,
    color: HexColor,
    parentId: Id.nullable(),
    description: z.string().max(5000),
    /** Position among its siblings in the codebook. */
    order: z.number().int()
  })
  .strict()
export type Theme = z.infer<typeof Theme>
