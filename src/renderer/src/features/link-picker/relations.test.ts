import { describe, expect, it } from 'vitest'
import { RELATIONS } from '../../../../shared/domain'
import { RELATION_INFO, relationLabel } from './relations'

describe('relations', () => {
  it('describes every relation of the domain, in order', () => {
    expect(RELATION_INFO.map((r) => r.relation)).toEqual([...RELATIONS])
    for (const r of RELATION_INFO) expect(r.description.length).toBeGreaterThan(10)
  })
  it('labels both directions with arrows', () => {
    expect(relationLabel('supports', 'out')).toBe('supports →')
    expect(relationLabel('contradicts', 'in')).toBe('← contradicted by')
    for (const r of RELATIONS) {
      expect(relationLabel(r, 'out')).toMatch(/→$/)
      expect(relationLabel(r, 'in')).toMatch(/^←/)
    }
  })
})
