import type { ThemeCoding } from '../../../shared/domain'

interface Coded {
  themeIds: string[]
  codedBy?: ThemeCoding[]
}

/**
 * The codings another workspace's statement or highlight carries, in this workspace's theme ids: one per theme
 * and coder, a theme without a record of who applied it credited to `fallback`. Themes that map to nothing are
 * left out.
 */
export function incomingCodings(
  entity: Coded,
  theme: (id: string) => string | undefined,
  fallback: { by: string; at: string }
): ThemeCoding[] {
  const out = new Map<string, ThemeCoding>()
  for (const t of entity.themeIds) {
    const themeId = theme(t)
    if (themeId === undefined) continue
    const records = entity.codedBy?.filter((c) => c.themeId === t) ?? []
    const list =
      records.length > 0 ? records : [{ themeId: t, createdBy: fallback.by, createdAt: fallback.at }]
    for (const c of list) {
      const k = `${themeId} ${c.createdBy}`
      if (!out.has(k)) out.set(k, { themeId, createdBy: c.createdBy, createdAt: c.createdAt })
    }
  }
  return [...out.values()]
}

/**
 * The entity with the codings it lacks (a theme and coder it has no record of) added, never removing or
 * replacing any: `added` are those that came in. The same object when none did.
 */
export function withCodings<T extends Coded>(
  entity: T,
  codings: readonly ThemeCoding[]
): { entity: T; added: ThemeCoding[] } {
  const has = (c: ThemeCoding) =>
    entity.codedBy?.some((x) => x.themeId === c.themeId && x.createdBy === c.createdBy) ?? false
  const added = codings.filter((c) => !has(c))
  if (added.length === 0) return { entity, added }
  const themeIds = [...entity.themeIds]
  for (const c of added) if (!themeIds.includes(c.themeId)) themeIds.push(c.themeId)
  return { entity: { ...entity, themeIds, codedBy: [...(entity.codedBy ?? []), ...added] }, added }
}
