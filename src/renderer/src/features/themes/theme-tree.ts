import type { ThemeNode } from '../../../../shared/domain/codebook'

export {
  buildThemeTree,
  canMoveUnder,
  descendantIds,
  nextOrder,
  themePath,
  type ThemeNode
} from '../../../../shared/domain/codebook'

export interface VisibleRow {
  node: ThemeNode
  parentId: string | null
  hasChildren: boolean
  expanded: boolean
  /** 1-based position among siblings and sibling count, for aria-posinset / aria-setsize. */
  position: number
  siblings: number
}

/** The rows a tree view shows, depth first, skipping the children of collapsed themes. */
export function visibleRows(forest: readonly ThemeNode[], collapsed: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = []
  const walk = (nodes: readonly ThemeNode[], parentId: string | null) => {
    nodes.forEach((node, i) => {
      const hasChildren = node.children.length > 0
      const expanded = hasChildren && !collapsed.has(node.theme.id)
      rows.push({ node, parentId, hasChildren, expanded, position: i + 1, siblings: nodes.length })
      if (expanded) walk(node.children, node.theme.id)
    })
  }
  walk(forest, null)
  return rows
}
