import {
  checkReliabilityData,
  EPSILON,
  noValue,
  presentValues,
  valueOf,
  type Category,
  type ReliabilityData,
  type Statistic
} from './reliability-data'

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k over the
 * coincidence matrix of the units coded by two or more coders. A unit of weight w counts as w identical units.
 */
export function krippendorffAlpha(data: ReliabilityData): Statistic {
  checkReliabilityData(data)
  const byCategory = new Map<Category, number>()
  let n = 0
  let observedDisagreement = 0
  for (const unit of data.units) {
    const values = presentValues(unit)
    const m = values.length
    if (m < 2) continue
    const w = unit.weight ?? 1
    const counts = new Map<Category, number>()
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
    let disagreeingPairs = m * (m - 1)
    for (const [v, c] of counts) {
      disagreeingPairs -= c * (c - 1)
      byCategory.set(v, (byCategory.get(v) ?? 0) + w * c)
    }
    observedDisagreement += (w * disagreeingPairs) / (m - 1)
    n += w * m
  }
  if (n === 0) return noValue('no-pairable-units')
  let sumSquares = 0
  for (const c of byCategory.values()) sumSquares += c * c
  const expectedDisagreement = n * n - sumSquares
  if (expectedDisagreement <= EPSILON * n * n) return noValue('no-variation')
  return valueOf(1 - ((n - 1) * observedDisagreement) / expectedDisagreement)
}
