/**
 * Reliability data: what several coders said about the same units. `values[i]` is coder i's category for the unit,
 * or null when that coder did not code it (missing data). `weight` counts the unit as that many identical units
 * (span-level units are runs of characters, weighted by their length); it defaults to 1.
 */
export type Category = string | number | boolean

export interface ReliabilityUnit {
  id: string
  values: readonly (Category | null)[]
  weight?: number
}

export interface ReliabilityData {
  coders: readonly string[]
  units: readonly ReliabilityUnit[]
}

/** Why a statistic has no value on this data (it is never NaN). */
export type NoValueReason = 'no-pairable-units' | 'no-complete-units' | 'no-variation' | 'not-two-coders'

export const NO_VALUE_MESSAGES: Record<NoValueReason, string> = {
  'no-pairable-units': 'no unit was coded by two or more of the coders',
  'no-complete-units': 'no unit was coded by every coder',
  'no-variation': 'every value is the same category, so agreement by chance is already total',
  'not-two-coders': "Cohen's kappa compares exactly two coders"
}

/** A statistic's value, or null with the reason it is undefined. */
export type Statistic = { value: number; reason: null } | { value: null; reason: NoValueReason }

export const valueOf = (value: number): Statistic => ({ value, reason: null })
export const noValue = (reason: NoValueReason): Statistic => ({ value: null, reason })

/** Data the statistics cannot be computed on at all: a caller's mistake, not a property of the codings. */
export class AgreementInputError extends Error {
  override readonly name = 'AgreementInputError'
}

/** Expected agreement this close to 1 is total: chance-corrected coefficients divide by zero. */
export const EPSILON = 1e-12

/** Throws AgreementInputError unless there are at least `min` coders and every unit fits them. */
export function checkReliabilityData(data: ReliabilityData, min = 2): void {
  const n = data.coders.length
  if (n < min)
    throw new AgreementInputError(
      `agreement needs at least ${min} coders; got ${n === 0 ? 'none' : n === 1 ? `only ${data.coders[0]}` : n}`
    )
  if (new Set(data.coders).size !== n) throw new AgreementInputError('each coder may be named only once')
  for (const unit of data.units) {
    if (unit.values.length !== n)
      throw new AgreementInputError(`unit ${unit.id} has ${unit.values.length} values for ${n} coders`)
    const w = unit.weight ?? 1
    if (!Number.isFinite(w) || w <= 0)
      throw new AgreementInputError(`unit ${unit.id} has weight ${w}; a weight must be a positive number`)
    for (const v of unit.values)
      if (typeof v === 'number' && !Number.isFinite(v))
        throw new AgreementInputError(`unit ${unit.id} has the value ${v}; a category must be finite`)
  }
}

/** The values present in a unit (the coders who coded it). */
export const presentValues = (unit: ReliabilityUnit): Category[] =>
  unit.values.filter((v): v is Category => v !== null)
