import type { Summary } from './stats'

export type Unit = 'ms' | 'MB' | 'KB' | 'fps' | 'count'

/** One line of the report: what was measured, the baseline it is held against, and the budget's verdict. */
export interface Measurement extends Summary {
  unit: Unit
  what: string
  baseline: Summary & { what: string }
  /** The budget as a sentence, and whether it holds; absent for measurements without a budget. */
  budget?: { rule: string; pass: boolean }
}

export type Report = Record<string, Measurement>

/** p95 within `factor` times the baseline's p95. */
export function withinFactor(
  m: Omit<Measurement, 'budget'>,
  factor: number,
  stat: 'p50' | 'p95' = 'p95'
): Measurement {
  return {
    ...m,
    budget: { rule: `${stat} ≤ ${factor}× baseline ${stat}`, pass: m[stat] <= factor * m.baseline[stat] }
  }
}

/** p95 (or p50) under an absolute limit. */
export function under(
  m: Omit<Measurement, 'budget'>,
  limit: number,
  stat: 'p50' | 'p95' = 'p95'
): Measurement {
  return { ...m, budget: { rule: `${stat} < ${limit} ${m.unit}`, pass: m[stat] < limit } }
}

/** p50 (or p95) at least a limit (frame rates). */
export function atLeast(
  m: Omit<Measurement, 'budget'>,
  limit: number,
  stat: 'p50' | 'p95' = 'p50'
): Measurement {
  return { ...m, budget: { rule: `${stat} ≥ ${limit} ${m.unit}`, pass: m[stat] >= limit } }
}
