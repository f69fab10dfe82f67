import { describe, expect, it } from 'vitest'
import { formatCount } from './format-count'

describe('formatCount', () => {
  it('formats as toLocaleString does', () => {
    for (const n of [0, 1, 999, 1000, 12345, 100000]) expect(formatCount(n)).toBe(n.toLocaleString())
  })
})
