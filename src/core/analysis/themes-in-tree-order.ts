import type { Theme } from '../../shared/domain'
import type { WorkspaceState } from '../model/workspace-state'

/** The codebook depth first, siblings by their order then name; a theme whose parent is missing sits at the top. */
export function themesInTreeOrder(
  s: WorkspaceState
): { theme: Theme; depth: number; hasChildren: boolean }[] {
  const children = new Map<string | null, Theme[]>()
  for (const t of s.themes.values()) {
    const parent = t.parentId && s.themes.has(t.parentId) ? t.parentId : null
    const list = children.get(parent) ?? []
    list.push(t)
    children.set(parent, list)
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
  const out: { theme: Theme; depth: number; hasChildren: boolean }[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null, depth: number) => {
    for (const theme of children.get(parent) ?? []) {
      if (seen.has(theme.id)) continue
      seen.add(theme.id)
      out.push({ theme, depth, hasChildren: (children.get(theme.id)?.length ?? 0) > 0 })
      walk(theme.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}
