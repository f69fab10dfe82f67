import type { ThemeCoding } from '../../shared/domain'

/** A statement or a highlight: its themes and who applied each. */
export interface Coded {
  themeIds: string[]
  codedBy?: ThemeCoding[]
}

/** Who is coding, and when; `by` is null while the workspace's coders are unknown (workspace.json damaged). */
export interface CodingStamp {
  by: string | null
  at: string
}

const hasCoding = (list: readonly ThemeCoding[] | undefined, themeId: string, by: string) =>
  !!list?.some((c) => c.themeId === themeId && c.createdBy === by)

/**
 * The entity coded with `themeIds` by the stamp's coder as well: themes it lacks are added, and the coder's coding
 * is recorded for each (also for a theme another coder applied). The same object when nothing changes.
 */
export function addThemes<T extends Coded>(entity: T, themeIds: readonly string[], stamp: CodingStamp): T {
  const { by, at } = stamp
  const added = themeIds.filter((t, i) => !entity.themeIds.includes(t) && themeIds.indexOf(t) === i)
  const stamped = by === null ? [] : [...new Set(themeIds)].filter((t) => !hasCoding(entity.codedBy, t, by))
  if (added.length === 0 && stamped.length === 0) return entity
  return {
    ...entity,
    themeIds: [...entity.themeIds, ...added],
    ...(stamped.length > 0 && {
      codedBy: [
        ...(entity.codedBy ?? []),
        ...stamped.map((themeId) => ({ themeId, createdBy: by!, createdAt: at }))
      ]
    })
  }
}

/** The entity without `themeIds`, whoever applied them. The same object when it has none of them. */
export function removeThemes<T extends Coded>(entity: T, themeIds: readonly string[]): T {
  if (!entity.themeIds.some((t) => themeIds.includes(t))) return entity
  const out = { ...entity, themeIds: entity.themeIds.filter((t) => !themeIds.includes(t)) }
  if (entity.codedBy) out.codedBy = entity.codedBy.filter((c) => !themeIds.includes(c.themeId))
  return out
}

/** The entity coded with exactly `themeIds`: codings of kept themes stay, new ones are the stamp's coder's. */
export function setThemes<T extends Coded>(entity: T, themeIds: readonly string[], stamp: CodingStamp): T {
  const next = [...new Set(themeIds)]
  const kept = removeThemes(
    entity,
    entity.themeIds.filter((t) => !next.includes(t))
  )
  const added = next.filter((t) => !entity.themeIds.includes(t))
  return { ...addThemes(kept, added, stamp), themeIds: next }
}

/**
 * The entity with theme `from` replaced by `into` (merging themes), or dropped when `into` is null. A coder who
 * applied both keeps one coding of `into`: the earlier.
 */
export function replaceTheme<T extends Coded>(entity: T, from: string, into: string | null): T {
  const themeIds = entity.themeIds.filter((t) => t !== from)
  if (into && !themeIds.includes(into)) themeIds.push(into)
  const out = { ...entity, themeIds }
  if (entity.codedBy) {
    const byCoder = new Map<string, ThemeCoding>()
    const rest: ThemeCoding[] = []
    for (const c of entity.codedBy) {
      if (c.themeId !== from && c.themeId !== into) rest.push(c)
      else if (into) {
        const moved = { ...c, themeId: into }
        const other = byCoder.get(c.createdBy)
        if (!other || moved.createdAt < other.createdAt) byCoder.set(c.createdBy, moved)
      }
    }
    out.codedBy = [...rest, ...byCoder.values()]
  }
  return out
}
