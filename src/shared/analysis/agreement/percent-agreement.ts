import {
  checkReliabilityData,
  noValue,
  presentValues,
  valueOf,
  type ReliabilityData,
  type Statistic
} from './reliability-data'

/**
 * Percent agreement (0–100): in each unit coded by two or more coders, the share of coder pairs that agree,
 * averaged over those units by weight. For two coders, the share of units both coded on which they agree.
 */
export function percentAgreement(data: ReliabilityData): Statistic {
  checkReliabilityData(data)
  let agreeing = 0
  let total = 0
  for (const unit of data.units) {
    const values = presentValues(unit)
    const m = values.length
    if (m < 2) continue
    const counts = new Map<unknown, number>()
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
    let pairs = 0
    for (const c of counts.values()) pairs += (c * (c - 1)) / 2
    const w = unit.weight ?? 1
    agreeing += (w * pairs) / ((m * (m - 1)) / 2)
    total += w
  }
  return total === 0 ? noValue('no-pairable-units') : valueOf((100 * agreeing) / total)
}
