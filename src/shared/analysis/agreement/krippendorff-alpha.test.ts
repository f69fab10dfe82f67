import { describe, expect, it } from 'vitest'
import { krippendorffAlpha } from './krippendorff-alpha'
import { AgreementInputError, type ReliabilityData } from './reliability-data'

/**
 * The nominal reliability data of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C:
 * four observers, twelve units, missing values as null. Krippendorff gives α = 0.743.
 */
const m = null
const KRIPPENDORFF_2011: Record<string, (number | null)[]> = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3],
  C: [m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m]
}

const fromColumns = (
  byCoder: Record<string, readonly (string | number | boolean | null)[]>
): ReliabilityData => {
  const coders = Object.keys(byCoder)
  const n = byCoder[coders[0]!]!.length
  return {
    coders,
    units: Array.from({ length: n }, (_, u) => ({
      id: String(u + 1),
      values: coders.map((c) => byCoder[c]![u]!)
    }))
  }
}

describe("Krippendorff's alpha (nominal)", () => {
  it('is 0.743 on the reference data of Krippendorff (2011), with its missing values', () => {
    const alpha = krippendorffAlpha(fromColumns(KRIPPENDORFF_2011))
    expect(alpha.reason).toBeNull()
    expect(alpha.value).toBeCloseTo(0.743, 3)
  })

  it('ignores units only one coder coded (unit 12 of the reference data)', () => {
    const without12 = Object.fromEntries(
      Object.entries(KRIPPENDORFF_2011).map(([c, v]) => [c, v.slice(0, 11)])
    )
    expect(krippendorffAlpha(fromColumns(without12)).value).toBeCloseTo(
      krippendorffAlpha(fromColumns(KRIPPENDORFF_2011)).value!,
      12
    )
  })

  it('matches a hand computation: units (a,a), (a,b), (b,b) give 1 − 5·2/18 = 4/9', () => {
    const alpha = krippendorffAlpha(fromColumns({ X: ['a', 'a', 'b'], Y: ['a', 'b', 'b'] }))
    expect(alpha.value).toBeCloseTo(4 / 9, 12)
  })

  it('is 1 for perfect agreement across categories, and below 0 for systematic disagreement', () => {
    expect(krippendorffAlpha(fromColumns({ X: ['a', 'b', 'c'], Y: ['a', 'b', 'c'] })).value).toBe(1)
    // 1 − (n − 1)·Σo / Σn_c·n_k with n = 4: 1 − 3·4/8
    expect(krippendorffAlpha(fromColumns({ X: ['a', 'b'], Y: ['b', 'a'] })).value).toBeCloseTo(-0.5, 12)
  })

  it('is undefined, with a reason, when every value is one category or no unit has two values', () => {
    expect(krippendorffAlpha(fromColumns({ X: [true, true], Y: [true, true] }))).toEqual({
      value: null,
      reason: 'no-variation'
    })
    expect(krippendorffAlpha(fromColumns({ X: ['a', null], Y: [null, 'b'] }))).toEqual({
      value: null,
      reason: 'no-pairable-units'
    })
    expect(krippendorffAlpha({ coders: ['X', 'Y'], units: [] }).reason).toBe('no-pairable-units')
  })

  it('refuses a single coder, and units that do not fit the coders, with a clear error', () => {
    expect(() => krippendorffAlpha(fromColumns({ X: ['a', 'b'] }))).toThrow(
      new AgreementInputError('agreement needs at least 2 coders; got only X')
    )
    expect(() => krippendorffAlpha({ coders: ['X', 'Y'], units: [{ id: 'u', values: ['a'] }] })).toThrow(
      'unit u has 1 values for 2 coders'
    )
    expect(() =>
      krippendorffAlpha({ coders: ['X', 'Y'], units: [{ id: 'u', values: ['a', 'a'], weight: 0 }] })
    ).toThrow('unit u has weight 0; a weight must be a positive number')
    expect(() => krippendorffAlpha({ coders: ['X', 'X'], units: [] })).toThrow(
      'each coder may be named only once'
    )
  })
})
