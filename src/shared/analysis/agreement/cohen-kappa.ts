import {
  AgreementInputError,
  checkReliabilityData,
  EPSILON,
  noValue,
  valueOf,
  type Category,
  type ReliabilityData,
  type Statistic
} from './reliability-data'

/**
 * Cohen's kappa from a square contingency table: `table[i][j]` counts the units the first coder put in category i
 * and the second in category j. Undefined when the table is empty or chance agreement is already total.
 */
export function cohenKappaFromTable(table: readonly (readonly number[])[]): Statistic {
  const k = table.length
  let n = 0
  for (const row of table) {
    if (row.length !== k)
      throw new AgreementInputError(`a contingency table must be square; got ${k}×${row.length}`)
    for (const c of row)
      if (!Number.isFinite(c) || c < 0) throw new AgreementInputError(`a contingency table cell is ${c}`)
    n += row.reduce((a, b) => a + b, 0)
  }
  if (n === 0) return noValue('no-pairable-units')
  let observed = 0
  let expected = 0
  for (let i = 0; i < k; i++) {
    observed += table[i]![i]!
    const rowTotal = table[i]!.reduce((a, b) => a + b, 0)
    let colTotal = 0
    for (const row of table) colTotal += row[i]!
    expected += (rowTotal / n) * (colTotal / n)
  }
  if (expected >= 1 - EPSILON) return noValue('no-variation')
  return valueOf((observed / n - expected) / (1 - expected))
}

/** Cohen's kappa of exactly two coders, over the units both coded. */
export function cohenKappa(data: ReliabilityData): Statistic {
  checkReliabilityData(data)
  if (data.coders.length !== 2)
    throw new AgreementInputError(`Cohen's kappa compares exactly two coders; got ${data.coders.length}`)
  const index = new Map<Category, number>()
  const pairs: [number, number, number][] = []
  const at = (v: Category) => {
    if (!index.has(v)) index.set(v, index.size)
    return index.get(v)!
  }
  for (const unit of data.units) {
    const [a, b] = unit.values
    if (a === null || a === undefined || b === null || b === undefined) continue
    pairs.push([at(a), at(b), unit.weight ?? 1])
  }
  const table = Array.from({ length: index.size }, () => new Array<number>(index.size).fill(0))
  for (const [i, j, w] of pairs) table[i]![j]! += w
  return cohenKappaFromTable(table)
}
