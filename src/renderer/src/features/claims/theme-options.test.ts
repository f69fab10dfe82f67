import { describe, expect, it } from 'vitest'
import type { Theme } from '../../../../shared/domain'
import { themeTree } from './theme-options'

const th = (id: string, parentId: string | null, order: number): Theme => ({
  id,
  name: id,
  color: '#123456',
  parentId,
  description: '',
  order
})

describe('themeTree', () => {
  it('lists parents before children in sibling order, with depth', () => {
    const tree = themeTree([
      th('b', null, 1),
      th('a2', 'a', 1),
      th('a', null, 0),
      th('a1', 'a', 0),
      th('x', 'a1', 0)
    ])
    expect(tree.map((n) => `${n.depth}:${n.theme.id}`)).toEqual(['0:a', '1:a1', '2:x', '1:a2', '0:b'])
  })
  it('treats a theme whose parent is missing as a root', () => {
    expect(themeTree([th('orphan', 'gone', 0)]).map((n) => n.depth)).toEqual([0])
  })
})
