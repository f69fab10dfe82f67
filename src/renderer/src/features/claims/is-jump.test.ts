import { describe, expect, it } from 'vitest'
import { isJump } from './is-jump'

describe('isJump', () => {
  it('is no jump on the first range, or when the ranges share a row', () => {
    expect(isJump(null, { first: 5000, last: 5040 })).toBe(false)
    expect(isJump({ first: 0, last: 40 }, { first: 40, last: 80 })).toBe(false)
    expect(isJump({ first: 30, last: 70 }, { first: 0, last: 30 })).toBe(false)
    expect(isJump({ first: 0, last: 40 }, { first: 0, last: 40 })).toBe(false)
  })

  it('is a jump when they share none, either way', () => {
    expect(isJump({ first: 0, last: 40 }, { first: 41, last: 81 })).toBe(true)
    expect(isJump({ first: 900, last: 940 }, { first: 0, last: 40 })).toBe(true)
  })
})
