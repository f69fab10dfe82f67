import { buildThemeTree, type Theme, type ThemeNode } from '../../../shared/domain'

export interface ThemeMatch {
  /** The file's theme id → this workspace's (a matched theme's, or the added theme's). */
  map: Map<string, string>
  matched: { id: string; path: string; theirPath: string; by: 'id' | 'path' | 'name' }[]
  /** Themes to add, parents before their children, with their path here. */
  added: { theme: Theme; path: string }[]
}

const SEPARATOR = ' › '
const key = (name: string): string => name.trim().toLocaleLowerCase()

/** Each theme's path: the names from the top of the codebook down to it. */
function pathsOf(themes: readonly Theme[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const walk = (nodes: ThemeNode[], above: string[]): void => {
    for (const n of nodes) {
      const path = [...above, n.theme.name]
      out.set(n.theme.id, path)
      walk(n.children, path)
    }
  }
  walk(buildThemeTree(themes), [])
  return out
}

/**
 * Matches another workspace's codebook to this one: a theme with the same id is the same theme; else one with the
 * same path (names from the top, case aside); else one with the same name elsewhere (names are unique in a
 * codebook). A theme matching none is added under its parent's match, after this workspace's themes there,
 * keeping its id (so a second merge finds it by id).
 */
export function matchThemes(local: readonly Theme[], incoming: readonly Theme[]): ThemeMatch {
  const localPaths = pathsOf(local)
  const byId = new Map(local.map((t) => [t.id, t]))
  const byPath = new Map([...localPaths].map(([id, p]) => [p.map(key).join('\u0000'), id]))
  const byName = new Map(local.map((t) => [key(t.name), t.id]))
  const nextOrder = new Map<string | null, number>()
  for (const t of local) nextOrder.set(t.parentId, Math.max(nextOrder.get(t.parentId) ?? 0, t.order + 1))
  const pathOf = (id: string): string[] => localPaths.get(id) ?? []

  const result: ThemeMatch = { map: new Map(), matched: [], added: [] }
  const visit = (nodes: ThemeNode[], above: string[], parentId: string | null): void => {
    for (const { theme: t, children } of nodes) {
      const theirs = [...above, t.name]
      const theirPath = theirs.join(SEPARATOR)
      const found: [string | undefined, 'id' | 'path' | 'name'][] = [
        [byId.has(t.id) ? t.id : undefined, 'id'],
        [byPath.get(theirs.map(key).join('\u0000')), 'path'],
        [byName.get(key(t.name)), 'name']
      ]
      const [id, by] = found.find(([hit]) => hit !== undefined) ?? [undefined, 'name']
      if (id !== undefined) {
        result.map.set(t.id, id)
        if (!result.added.some((a) => a.theme.id === id))
          result.matched.push({ id, path: pathOf(id).join(SEPARATOR), theirPath, by })
        visit(children, theirs, id)
        continue
      }
      const order = nextOrder.get(parentId) ?? 0
      nextOrder.set(parentId, order + 1)
      const path = parentId ? [...pathOf(parentId), t.name] : [t.name]
      result.added.push({ theme: { ...t, parentId, order }, path: path.join(SEPARATOR) })
      result.map.set(t.id, t.id)
      byName.set(key(t.name), t.id)
      localPaths.set(t.id, path)
      visit(children, theirs, t.id)
    }
  }
  visit(buildThemeTree(incoming), [], null)
  return result
}
