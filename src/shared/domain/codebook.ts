import type { Theme } from './theme'

/** The codebook's structure: one rule for its order, nesting, descendants and paths, for every layer. */

export interface ThemeNode {
  theme: Theme
  depth: number
  children: ThemeNode[]
}

const bySiblingOrder = (a: Theme, b: Theme) => a.order - b.order || a.name.localeCompare(b.name)

/**
 * The codebook as a forest: children under their parent in `order`. A theme whose parent is missing, or that sits in
 * a parent cycle, is shown at the top level rather than lost.
 */
export function buildThemeTree(themes: readonly Theme[]): ThemeNode[] {
  const ids = new Set(themes.map((t) => t.id))
  const children = new Map<string | null, Theme[]>()
  for (const t of themes) {
    const parent = t.parentId && ids.has(t.parentId) && t.parentId !== t.id ? t.parentId : null
    const list = children.get(parent) ?? []
    list.push(t)
    children.set(parent, list)
  }
  const placed = new Set<string>()
  const build = (parentId: string | null, depth: number): ThemeNode[] =>
    (children.get(parentId) ?? [])
      .sort(bySiblingOrder)
      .filter((t) => !placed.has(t.id))
      .map((theme) => {
        placed.add(theme.id)
        return { theme, depth, children: build(theme.id, depth + 1) }
      })
  const roots = build(null, 0)
  for (const theme of themes.filter((t) => !placed.has(t.id)).sort(bySiblingOrder)) {
    if (placed.has(theme.id)) continue
    placed.add(theme.id)
    roots.push({ theme, depth: 0, children: build(theme.id, 1) })
  }
  return roots
}

/** Ids of every theme below `id` (not including it). Cycle-safe. */
export function descendantIds(themes: readonly Theme[], id: string): Set<string> {
  const kids = new Map<string, string[]>()
  for (const t of themes) if (t.parentId) kids.set(t.parentId, [...(kids.get(t.parentId) ?? []), t.id])
  const out = new Set<string>()
  const stack = [...(kids.get(id) ?? [])]
  while (stack.length) {
    const next = stack.pop()!
    if (next === id || out.has(next)) continue
    out.add(next)
    stack.push(...(kids.get(next) ?? []))
  }
  return out
}

/** Whether `id` may be moved under `parentId` (null = top level): not under itself or one of its descendants. */
export function canMoveUnder(themes: readonly Theme[], id: string, parentId: string | null): boolean {
  if (parentId === null) return true
  return parentId !== id && !descendantIds(themes, id).has(parentId)
}

/** "Parent / Child" for a theme, for disambiguating names in pickers. */
export function themePath(themes: readonly Theme[], id: string): string {
  const byId = new Map(themes.map((t) => [t.id, t]))
  const names: string[] = []
  const seen = new Set<string>()
  let cur = byId.get(id)
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id)
    names.unshift(cur.name)
    cur = cur.parentId ? byId.get(cur.parentId) : undefined
  }
  return names.join(' / ')
}

/** The `order` for a theme appended at the end of `parentId`'s children. */
export function nextOrder(themes: readonly Theme[], parentId: string | null): number {
  let max = -1
  for (const t of themes) if ((t.parentId ?? null) === parentId) max = Math.max(max, t.order)
  return max + 1
}

export interface CodebookEntry {
  theme: Theme
  depth: number
  /** The names from the top-level theme down to this one. */
  path: string[]
  hasChildren: boolean
}

/** The codebook depth first, siblings by `order` then name; themes with a missing parent or in a cycle at the top. */
export function codebookOrder(themes: readonly Theme[]): CodebookEntry[] {
  const out: CodebookEntry[] = []
  const walk = (nodes: readonly ThemeNode[], path: string[]) => {
    for (const node of nodes) {
      const entry = {
        theme: node.theme,
        depth: node.depth,
        path: [...path, node.theme.name],
        hasChildren: node.children.length > 0
      }
      out.push(entry)
      walk(node.children, entry.path)
    }
  }
  walk(buildThemeTree(themes), [])
  return out
}
