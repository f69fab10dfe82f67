import { describe, expect, it } from 'vitest'
import type { Theme } from '../../../../shared/domain'
import { buildThemeTree, canMoveUnder, descendantIds, nextOrder, themePath, visibleRows } from './theme-tree'

const t = (id: string, parentId: string | null, order = 0, name = id): Theme => ({
  id,
  name,
  color: '#336699',
  parentId,
  description: '',
  order
})

const themes = [
  t('risk', null, 1),
  t('nuclear', 'risk', 0),
  t('escal', 'risk', 1),
  t('tactical', 'nuclear'),
  t('aid', null, 0)
]

describe('buildThemeTree', () => {
  it('nests children under parents in order', () => {
    const forest = buildThemeTree(themes)
    expect(forest.map((n) => n.theme.id)).toEqual(['aid', 'risk'])
    expect(forest[1]!.children.map((n) => n.theme.id)).toEqual(['nuclear', 'escal'])
    expect(forest[1]!.children[0]!.children[0]!.theme.id).toBe('tactical')
    expect(forest[1]!.children[0]!.children[0]!.depth).toBe(2)
  })
  it('sorts siblings with equal order by name', () => {
    const forest = buildThemeTree([t('b', null, 0, 'Beta'), t('a', null, 0, 'Alpha')])
    expect(forest.map((n) => n.theme.name)).toEqual(['Alpha', 'Beta'])
  })
  it('keeps orphans and cycles at the top level', () => {
    const forest = buildThemeTree([t('orphan', 'missing'), t('x', 'y'), t('y', 'x'), t('self', 'self')])
    const ids = forest.map((n) => n.theme.id).sort()
    expect(ids).toContain('orphan')
    expect(ids).toContain('self')
    const all = JSON.stringify(forest)
    expect(all).toContain('"id":"x"')
    expect(all).toContain('"id":"y"')
  })
})

describe('descendantIds', () => {
  it('collects every level below a theme', () => {
    expect([...descendantIds(themes, 'risk')].sort()).toEqual(['escal', 'nuclear', 'tactical'])
    expect(descendantIds(themes, 'aid').size).toBe(0)
  })
  it('terminates on cycles', () => {
    expect([...descendantIds([t('x', 'y'), t('y', 'x')], 'x')]).toEqual(['y'])
  })
})

describe('canMoveUnder', () => {
  it('refuses moving a theme under itself or a descendant', () => {
    expect(canMoveUnder(themes, 'risk', 'tactical')).toBe(false)
    expect(canMoveUnder(themes, 'risk', 'risk')).toBe(false)
    expect(canMoveUnder(themes, 'tactical', 'aid')).toBe(true)
    expect(canMoveUnder(themes, 'tactical', null)).toBe(true)
  })
})

describe('visibleRows', () => {
  it('hides children of collapsed themes and numbers siblings', () => {
    const forest = buildThemeTree(themes)
    expect(visibleRows(forest, new Set()).map((r) => r.node.theme.id)).toEqual([
      'aid',
      'risk',
      'nuclear',
      'tactical',
      'escal'
    ])
    const rows = visibleRows(forest, new Set(['nuclear']))
    expect(rows.map((r) => r.node.theme.id)).toEqual(['aid', 'risk', 'nuclear', 'escal'])
    const nuclear = rows[2]!
    expect(nuclear).toMatchObject({
      parentId: 'risk',
      hasChildren: true,
      expanded: false,
      position: 1,
      siblings: 2
    })
  })
})

describe('themePath and nextOrder', () => {
  it('names the path from the root', () => {
    expect(themePath(themes, 'tactical')).toBe('risk / nuclear / tactical')
  })
  it('appends after the last sibling', () => {
    expect(nextOrder(themes, 'risk')).toBe(2)
    expect(nextOrder(themes, null)).toBe(2)
    expect(nextOrder(themes, 'aid')).toBe(0)
  })
})
