import { z } from 'zod'
import { HexColor, Id, Name } from '../../shared/domain'
import type { Change } from './change'
import type { CodingStamp } from './theme-codings'
import { themeMergesIn } from './theme-merges'

/**
 * A theme this workspace merged away or deleted, kept in workspace.json with the commit that removed it, so that a
 * team copy told later (sync was off: the CLI, the app without sync) learns a merge from a deletion.
 */
export const RemovedTheme = z
  .object({
    id: Id,
    name: Name,
    color: HexColor,
    parentId: Id.nullable(),
    /** The theme it was merged into; null when it was deleted. */
    mergedInto: Id.nullable(),
    by: Id.nullable(),
    at: z.string().max(40)
  })
  .strict()
export type RemovedTheme = z.infer<typeof RemovedTheme>

/** The most removals workspace.json keeps; the oldest go first. */
export const REMOVED_THEMES_MAX = 500

/**
 * Notes the themes `changes` remove, if they were made here (`local`), and forgets those they bring back (an undo,
 * a restore, here or by a teammate).
 */
export function noteRemovedThemes(
  removed: Map<string, RemovedTheme>,
  changes: readonly Change[],
  stamp: () => CodingStamp,
  local = true
): void {
  let merges: Map<string, string> | null = null
  for (const c of changes) {
    if (c.kind !== 'theme') continue
    if (c.after) {
      removed.delete(c.after.id)
      continue
    }
    if (!c.before || !local) continue
    merges ??= themeMergesIn(changes)
    const { id, name, color, parentId } = c.before
    const { by, at } = stamp()
    removed.delete(id)
    removed.set(id, { id, name, color, parentId, mergedInto: merges.get(id) ?? null, by, at })
  }
  for (const id of removed.keys()) {
    if (removed.size <= REMOVED_THEMES_MAX) break
    removed.delete(id)
  }
}
