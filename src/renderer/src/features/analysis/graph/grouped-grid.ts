import type { GraphView } from '../../../../../shared/api'

const CELL = 34

/**
 * Positions for a large graph without a force layout (which takes seconds at 2,000 nodes): each group a square of
 * its statements in a grid (best linked first), the squares packed in rows, biggest first, and a place for the
 * group's name above it (key `label:<group id>`). Linear in the nodes.
 */
export function groupedGridPositions(view: GraphView): Map<string, { x: number; y: number }> {
  const members = new Map<string, string[]>()
  for (const n of view.nodes) {
    const g = n.group ?? ''
    let list = members.get(g)
    if (!list) members.set(g, (list = []))
    list.push(n.id)
  }
  const keys = [...members.keys()].sort((a, b) => members.get(b)!.length - members.get(a)!.length)
  const groups = keys.map((k) => members.get(k)!)
  const sides = groups.map((m) => Math.ceil(Math.sqrt(m.length)))
  const area = sides.reduce((n, s) => n + (s + 2) * (s + 2), 0)
  const rowWidth = Math.max(sides[0] ?? 1, Math.ceil(Math.sqrt(area) * 1.4)) + 2
  const out = new Map<string, { x: number; y: number }>()
  let x = 0
  let y = 1
  let rowHeight = 0
  groups.forEach((ids, i) => {
    const side = sides[i]!
    if (x > 0 && x + side > rowWidth) {
      x = 0
      y += rowHeight + 3
      rowHeight = 0
    }
    ids.forEach((id, k) => out.set(id, { x: (x + (k % side)) * CELL, y: (y + Math.floor(k / side)) * CELL }))
    if (keys[i]) out.set(`label:${keys[i]}`, { x: x * CELL - CELL / 3, y: (y - 1) * CELL })
    x += side + 2
    rowHeight = Math.max(rowHeight, side)
  })
  return out
}
