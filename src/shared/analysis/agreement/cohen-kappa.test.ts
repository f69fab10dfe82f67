import { describe, expect, it } from 'vitest'
import { cohenKappa, cohenKappaFromTable } from './cohen-kappa'
import type { ReliabilityData } from './reliability-data'

/** The textbook 50-item table: both yes 20, A yes B no 5, A no B yes 10, both no 15 (κ = 0.40). */
const TEXTBOOK = [
  [20, 5],
  [10, 15]
]

const repeat = (n: number, a: string, b: string) => Array.from({ length: n }, () => [a, b] as const)
const textbookUnits: ReliabilityData = {
  coders: ['A', 'B'],
  units: [
    ...repeat(20, 'yes', 'yes'),
    ...repeat(5, 'yes', 'no'),
    ...repeat(10, 'no', 'yes'),
    ...repeat(15, 'no', 'no')
  ].map((values, i) => ({ id: String(i), values }))
}

describe("Cohen's kappa", () => {
  it('is 0.40 on the textbook 20/5/10/15 table, from the table and from the 50 units', () => {
    expect(cohenKappaFromTable(TEXTBOOK).value).toBeCloseTo(0.4, 12)
    expect(cohenKappa(textbookUnits).value).toBeCloseTo(0.4, 12)
  })

  it('is unchanged by a category nobody used (an empty row and column)', () => {
    const withEmpty = [
      [20, 5, 0],
      [10, 15, 0],
      [0, 0, 0]
    ]
    expect(cohenKappaFromTable(withEmpty).value).toBeCloseTo(0.4, 12)
  })

  it('matches a hand computation over the units both coders coded, skipping missing values', () => {
    // (a,a), (a,b), (b,b): po = 2/3, pe = 2/3·1/3 + 1/3·2/3 = 4/9, κ = (2/9)/(5/9) = 0.4
    const data: ReliabilityData = {
      coders: ['X', 'Y'],
      units: [
        { id: '1', values: ['a', 'a'] },
        { id: '2', values: ['a', 'b'] },
        { id: '3', values: ['b', 'b'] },
        { id: '4', values: ['a', null] },
        { id: '5', values: [null, 'b'] }
      ]
    }
    expect(cohenKappa(data).value).toBeCloseTo(0.4, 12)
  })

  it('counts a unit of weight w as w units', () => {
    const weighted: ReliabilityData = {
      coders: ['A', 'B'],
      units: [
        { id: 'yy', values: ['yes', 'yes'], weight: 20 },
        { id: 'yn', values: ['yes', 'no'], weight: 5 },
        { id: 'ny', values: ['no', 'yes'], weight: 10 },
        { id: 'nn', values: ['no', 'no'], weight: 15 }
      ]
    }
    expect(cohenKappa(weighted).value).toBeCloseTo(0.4, 12)
  })

  it('is undefined when the coders agree on one category throughout (expected agreement 1), never NaN', () => {
    expect(
      cohenKappa({
        coders: ['A', 'B'],
        units: repeat(4, 'x', 'x').map((values, i) => ({ id: `${i}`, values }))
      })
    ).toEqual({
      value: null,
      reason: 'no-variation'
    })
    expect(cohenKappaFromTable([[0]])).toEqual({ value: null, reason: 'no-pairable-units' })
    expect(cohenKappaFromTable([])).toEqual({ value: null, reason: 'no-pairable-units' })
  })

  it('is 1 for perfect agreement over two categories and −1 for perfect disagreement', () => {
    expect(
      cohenKappaFromTable([
        [3, 0],
        [0, 2]
      ]).value
    ).toBe(1)
    expect(
      cohenKappaFromTable([
        [0, 5],
        [5, 0]
      ]).value
    ).toBe(-1)
  })

  it('refuses anything but two coders, and a table that is not square', () => {
    expect(() => cohenKappa({ coders: ['A', 'B', 'C'], units: [] })).toThrow(
      "Cohen's kappa compares exactly two coders; got 3"
    )
    expect(() => cohenKappa({ coders: ['A'], units: [] })).toThrow(
      'agreement needs at least 2 coders; got only A'
    )
    expect(() => cohenKappaFromTable([[1, 2]])).toThrow('a contingency table must be square; got 1×2')
    expect(() => cohenKappaFromTable([[-1]])).toThrow('a contingency table cell is -1')
  })
})
