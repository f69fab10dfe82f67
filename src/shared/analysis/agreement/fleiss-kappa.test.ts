import { describe, expect, it } from 'vitest'
import { fleissKappa, fleissKappaFromCounts } from './fleiss-kappa'

/**
 * The worked example of Wikipedia's "Fleiss' kappa" article (after Fleiss 1971): 14 raters put 10 subjects into
 * 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
 */
const WIKIPEDIA = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7]
]

describe("Fleiss' kappa", () => {
  it('is 0.210 on the Wikipedia / Fleiss (1971) example', () => {
    expect(fleissKappaFromCounts(WIKIPEDIA).value).toBeCloseTo(0.21, 3)
  })

  it('is unchanged by a category nobody used', () => {
    expect(fleissKappaFromCounts(WIKIPEDIA.map((row) => [...row, 0])).value).toBeCloseTo(
      fleissKappaFromCounts(WIKIPEDIA).value!,
      12
    )
  })

  it("equals Cohen's-style hand computation for two coders: (a,a), (a,b), (b,b)", () => {
    // P_i = 1, 0, 1 → P̄ = 2/3; p_a = p_b = 1/2 → P̄e = 1/2; κ = (1/6)/(1/2) = 1/3
    const data = {
      coders: ['X', 'Y'],
      units: [
        { id: '1', values: ['a', 'a'] },
        { id: '2', values: ['a', 'b'] },
        { id: '3', values: ['b', 'b'] },
        { id: '4', values: ['b', null] }
      ]
    }
    expect(fleissKappa(data).value).toBeCloseTo(1 / 3, 12)
  })

  it('is undefined, with a reason, on one category throughout or with no unit every coder coded', () => {
    expect(
      fleissKappaFromCounts([
        [3, 0],
        [3, 0]
      ])
    ).toEqual({ value: null, reason: 'no-variation' })
    expect(fleissKappa({ coders: ['X', 'Y', 'Z'], units: [{ id: '1', values: ['a', 'b', null] }] })).toEqual({
      value: null,
      reason: 'no-complete-units'
    })
  })

  it('refuses units with different numbers of ratings, fewer than two ratings, or a single coder', () => {
    expect(() =>
      fleissKappaFromCounts([
        [2, 1],
        [1, 1]
      ])
    ).toThrow('unit 1 has a different number of ratings than unit 0 (3)')
    expect(() => fleissKappaFromCounts([[1, 0]])).toThrow(
      "Fleiss' kappa needs two or more ratings per unit; got 1"
    )
    expect(() => fleissKappaFromCounts([[1.5, 0.5]])).toThrow('unit 0 has a count that is not a whole number')
    expect(() => fleissKappa({ coders: ['X'], units: [] })).toThrow(
      'agreement needs at least 2 coders; got only X'
    )
  })
})
