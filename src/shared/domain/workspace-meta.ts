import { z } from 'zod'
import { Id, IsoDateTime, Name } from './ids'

export const WorkspaceMeta = z.object({ id: Id, name: Name, createdAt: IsoDateTime }).strict()
export type WorkspaceMeta = z.infer<typeof WorkspaceMeta>
