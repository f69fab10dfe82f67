import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { agreementSummary, type AgreementSummary } from './agreement-summary'
import type { ReliabilityData, Statistic } from './reliability-data'
import { spanUnits } from './units'

const STATISTICS = ['percentAgreement', 'kappa', 'fleissKappa', 'alpha'] as const

const reliabilityData = fc.integer({ min: 2, max: 5 }).chain((coders) =>
  fc.record({
    coders: fc.constant(Array.from({ length: coders }, (_, i) => `c${i}`)),
    units: fc.array(
      fc.record({
        id: fc.string(),
        values: fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { freq: 4 }), {
          minLength: coders,
          maxLength: coders
        }),
        weight: fc.integer({ min: 1, max: 4 })
      }),
      { maxLength: 25 }
    )
  })
)

/** Data and a permutation of its coders' positions. */
const withCoderOrder = reliabilityData.chain((data) => {
  const positions = data.coders.map((_, i) => i)
  return fc.tuple(
    fc.constant(data),
    fc.shuffledSubarray(positions, { minLength: positions.length, maxLength: positions.length })
  )
})

const expectSameStatistics = (a: AgreementSummary, b: AgreementSummary) => {
  expect(a.units).toBe(b.units)
  for (const key of STATISTICS) {
    expect(a[key].reason).toBe(b[key].reason)
    if (a[key].value !== null) expect(a[key].value).toBeCloseTo(b[key].value!, 9)
  }
}

const inRange = (s: Statistic, min: number, max: number) =>
  s.value === null
    ? s.reason !== null
    : Number.isFinite(s.value) && s.value >= min - 1e-9 && s.value <= max + 1e-9

describe('agreement statistics (properties)', () => {
  it('are a number in range or undefined with a reason, never NaN', () => {
    fc.assert(
      fc.property(reliabilityData, (data) => {
        const s = agreementSummary(data)
        expect(inRange(s.percentAgreement, 0, 100)).toBe(true)
        for (const key of ['kappa', 'fleissKappa', 'alpha'] as const)
          expect(inRange(s[key], -1, 1)).toBe(true)
      })
    )
  })

  it('do not depend on the order of the coders or of the units', () => {
    fc.assert(
      fc.property(withCoderOrder, ([data, order]) => {
        const permuted: ReliabilityData = {
          coders: order.map((i) => data.coders[i]!),
          units: [...data.units].reverse().map((u) => ({ ...u, values: order.map((i) => u.values[i]!) }))
        }
        expectSameStatistics(agreementSummary(permuted), agreementSummary(data))
      })
    )
  })

  it('count a unit of weight w as w copies of it', () => {
    fc.assert(
      fc.property(reliabilityData, (data) => {
        const copies: ReliabilityData = {
          coders: data.coders,
          units: data.units.flatMap((u) =>
            Array.from({ length: u.weight ?? 1 }, () => ({ id: u.id, values: u.values }))
          )
        }
        const weighted = agreementSummary(data)
        const copied = agreementSummary(copies)
        for (const key of STATISTICS) {
          expect(weighted[key].reason).toBe(copied[key].reason)
          if (weighted[key].value !== null) expect(weighted[key].value).toBeCloseTo(copied[key].value!, 9)
        }
      })
    )
  })

  it('at span level, equal the statistics of one unit per character', () => {
    const span = fc.record({
      coder: fc.constantFrom('ann', 'bob', 'cy'),
      start: fc.nat(30),
      length: fc.nat(12)
    })
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(span, { minLength: 1, maxLength: 8 }),
        (length, raw) => {
          const coders = ['ann', 'bob', 'cy']
          const spans = raw.map((s) => ({
            coder: s.coder,
            documentId: 'd',
            themeId: 't',
            start: Math.min(s.start, length),
            end: Math.min(s.start + s.length, length)
          }))
          const workedOn = new Map(coders.map((c) => [c, new Set(['d'])]))
          const [t] = spanUnits({
            coders,
            documents: [{ id: 'd', length }],
            spans,
            workedOn,
            themeIds: ['t']
          })
          const perCharacter: ReliabilityData = {
            coders,
            units: Array.from({ length }, (_, i) => ({
              id: String(i),
              values: coders.map((c) => spans.some((s) => s.coder === c && s.start <= i && i < s.end))
            }))
          }
          expect(t!.data.units.reduce((sum, u) => sum + (u.weight ?? 1), 0)).toBe(length)
          const bySpan = agreementSummary(t!.data)
          const byCharacter = agreementSummary(perCharacter)
          for (const key of ['percentAgreement', 'fleissKappa', 'alpha'] as const) {
            expect(bySpan[key].reason).toBe(byCharacter[key].reason)
            if (bySpan[key].value !== null) expect(bySpan[key].value).toBeCloseTo(byCharacter[key].value!, 9)
          }
        }
      )
    )
  })
})
