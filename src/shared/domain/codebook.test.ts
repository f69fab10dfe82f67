import { describe, expect, it } from 'vitest'
import { codebookOrder } from './codebook'
import type { Theme } from './theme'

const theme = (id: string, name: string, parentId: string | null, order = 0): Theme => ({
  id,
  name,
  parentId,
  order,
  color: '#1f77b4',
  description: ''
})

describe('codebookOrder', () => {
  it('lists the codebook depth first with paths, siblings by order then name', () => {
    const order = codebookOrder([
      theme('b', 'Beta', null, 1),
      theme('a', 'Alpha', null, 0),
      theme('a2', 'Zed', 'a', 0),
      theme('a1', 'Aim', 'a', 0)
    ])
    expect(order.map((e) => [e.theme.id, e.depth, e.path.join(' / '), e.hasChildren])).toEqual([
      ['a', 0, 'Alpha', true],
      ['a1', 1, 'Alpha / Aim', false],
      ['a2', 1, 'Alpha / Zed', false],
      ['b', 0, 'Beta', false]
    ])
  })

  it('keeps themes in a parent cycle or with a missing parent, at the top', () => {
    const order = codebookOrder([theme('x', 'X', 'y'), theme('y', 'Y', 'x'), theme('o', 'Orphan', 'gone')])
    expect(order.map((e) => e.theme.id).sort()).toEqual(['o', 'x', 'y'])
    expect(order.find((e) => e.theme.id === 'o')!.depth).toBe(0)
  })
})
