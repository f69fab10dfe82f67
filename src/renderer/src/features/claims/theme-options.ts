import type { Theme } from '../../../../shared/domain'

/** Themes in codebook order (parents before children, siblings by `order`), each with its depth. */
export function themeTree(themes: readonly Theme[]): { theme: Theme; depth: number }[] {
  const byParent = new Map<string | null, Theme[]>()
  const ids = new Set(themes.map((t) => t.id))
  for (const t of themes) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null
    const list = byParent.get(parent) ?? []
    list.push(t)
    byParent.set(parent, list)
  }
  const out: { theme: Theme; depth: number }[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null, depth: number): void => {
    const children = [...(byParent.get(parent) ?? [])].sort(
      (a, b) => a.order - b.order || a.name.localeCompare(b.name)
    )
    for (const t of children) {
      if (seen.has(t.id)) continue
      seen.add(t.id)
      out.push({ theme: t, depth })
      walk(t.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}
