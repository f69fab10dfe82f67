import { z } from 'zod'
import { Id, IsoDateTime } from './ids'

export const MAX_CODER_NAME = 100

export const CoderName = z
  .string()
  .trim()
  .min(1, 'a coder name must not be empty')
  .max(MAX_CODER_NAME, `a coder name must be at most ${MAX_CODER_NAME} characters`)

/** Someone who codes in a workspace: the analyst using it, or one whose work was brought in. */
export const Coder = z.object({ id: Id, name: CoderName }).strict()
export type Coder = z.infer<typeof Coder>

/** Who applied a theme (to a statement or a highlight), and when. */
export const ThemeCoding = z.object({ themeId: Id, createdBy: Id, createdAt: IsoDateTime }).strict()
export type ThemeCoding = z.infer<typeof ThemeCoding>

/**
 * What is wrong with the record of who applied an entity's themes, or null: each entry must name one of its
 * themes, once per coder.
 */
export function themeCodingProblem(entity: {
  themeIds: readonly string[]
  codedBy?: readonly ThemeCoding[]
}) {
  if (!entity.codedBy) return null
  const seen = new Set<string>()
  for (const c of entity.codedBy) {
    if (!entity.themeIds.includes(c.themeId))
      return `codedBy names theme "${c.themeId}", which it is not coded with`
    const key = `${c.themeId} ${c.createdBy}`
    if (seen.has(key)) return `codedBy names theme "${c.themeId}" twice for coder "${c.createdBy}"`
    seen.add(key)
  }
  return null
}
