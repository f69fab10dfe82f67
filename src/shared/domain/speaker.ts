import { z } from 'zod'
import { Id, Name } from './ids'

export const Speaker = z
  .object({
    id: Id,
    name: Name,
    aliases: z.array(Name).max(50),
    role: z.string().max(500).nullable()
  })
  .strict()
export type Speaker = z.infer<typeof Speaker>
