import { describe, expect, it } from 'vitest'
import type { GraphView } from '../../../../../shared/api'
import { groupedGridPositions } from './grouped-grid'

const node = (id: string, group: string | null) => ({
  id,
  label: id,
  documentId: 'd',
  speakerId: null,
  group,
  degree: 1
})

describe('grouped grid layout', () => {
  it('places each group as its own square block, without overlaps', () => {
    const view: GraphView = {
      nodes: [...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => node(id, 'A')), node('b1', 'B'), node('b2', 'B')],
      groups: [],
      edges: [],
      total: 7,
      truncated: false
    }
    const p = groupedGridPositions(view)
    expect([...p.keys()].filter((k) => k.startsWith('label:')).sort()).toEqual(['label:A', 'label:B'])
    p.delete('label:A')
    p.delete('label:B')
    expect(p.size).toBe(7)
    const keys = new Set([...p.values()].map((v) => `${v.x},${v.y}`))
    expect(keys.size).toBe(7)
    // A (5 members) is a 3-wide block from the origin; B starts after it with a gap.
    expect(p.get('a1')).toEqual({ x: 0, y: 34 })
    expect(p.get('a4')).toEqual({ x: 0, y: 68 })
    expect(p.get('b1')!.x).toBeGreaterThan(Math.max(...['a1', 'a2', 'a3'].map((id) => p.get(id)!.x)))
  })
})
