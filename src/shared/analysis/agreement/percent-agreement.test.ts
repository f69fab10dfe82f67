import { describe, expect, it } from 'vitest'
import { percentAgreement } from './percent-agreement'

describe('percent agreement', () => {
  it('is the share of units two coders both coded on which they agree', () => {
    const data = {
      coders: ['X', 'Y'],
      units: [
        { id: '1', values: ['a', 'a'] },
        { id: '2', values: ['a', 'b'] },
        { id: '3', values: ['b', 'b'] },
        { id: '4', values: ['b', 'b'], weight: 2 },
        { id: '5', values: [null, 'b'] }
      ]
    }
    expect(percentAgreement(data).value).toBeCloseTo(80, 12)
  })

  it('averages the share of agreeing pairs per unit for three or more coders', () => {
    // unit 1: 3 of 3 pairs agree; unit 2: 1 of 3; unit 3 (two values): 0 of 1 → (1 + 1/3 + 0) / 3
    const data = {
      coders: ['X', 'Y', 'Z'],
      units: [
        { id: '1', values: ['a', 'a', 'a'] },
        { id: '2', values: ['a', 'a', 'b'] },
        { id: '3', values: ['a', null, 'b'] }
      ]
    }
    expect(percentAgreement(data).value).toBeCloseTo((100 * 4) / 9, 12)
  })

  it('is 100 when all agree on one category, and undefined with no unit two coders coded', () => {
    expect(percentAgreement({ coders: ['X', 'Y'], units: [{ id: '1', values: [false, false] }] }).value).toBe(
      100
    )
    expect(percentAgreement({ coders: ['X', 'Y'], units: [{ id: '1', values: [false, null] }] })).toEqual({
      value: null,
      reason: 'no-pairable-units'
    })
  })

  it('refuses a single coder', () => {
    expect(() => percentAgreement({ coders: ['X'], units: [] })).toThrow(
      'agreement needs at least 2 coders; got only X'
    )
  })
})
