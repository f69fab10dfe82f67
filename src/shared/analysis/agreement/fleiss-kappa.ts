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
 * Fleiss' kappa from a table of counts: `counts[u][j]` is how many coders put unit u in category j; every unit has
 * the same number of ratings (two or more). `weights[u]` counts unit u that many times (default 1).
 */
export function fleissKappaFromCounts(
  counts: readonly (readonly number[])[],
  weights?: readonly number[]
): Statistic {
  if (counts.length === 0) return noValue('no-complete-units')
  const k = counts[0]!.length
  const raters = counts[0]!.reduce((a, b) => a + b, 0)
  if (raters < 2)
    throw new AgreementInputError(`Fleiss' kappa needs two or more ratings per unit; got ${raters}`)
  const totals = new Array<number>(k).fill(0)
  let sumWeights = 0
  let meanAgreement = 0
  counts.forEach((row, u) => {
    if (row.length !== k) throw new AgreementInputError(`unit ${u} has ${row.length} categories, not ${k}`)
    if (row.some((c) => !Number.isInteger(c) || c < 0))
      throw new AgreementInputError(`unit ${u} has a count that is not a whole number`)
    if (row.reduce((a, b) => a + b, 0) !== raters)
      throw new AgreementInputError(`unit ${u} has a different number of ratings than unit 0 (${raters})`)
    const w = weights?.[u] ?? 1
    sumWeights += w
    let squares = 0
    row.forEach((c, j) => {
      totals[j]! += w * c
      squares += c * c
    })
    meanAgreement += (w * (squares - raters)) / (raters * (raters - 1))
  })
  meanAgreement /= sumWeights
  let expected = 0
  for (const t of totals) expected += (t / (sumWeights * raters)) ** 2
  if (expected >= 1 - EPSILON) return noValue('no-variation')
  return valueOf((meanAgreement - expected) / (1 - expected))
}

/** Fleiss' kappa over the units every coder coded (it assumes the same raters for every unit). */
export function fleissKappa(data: ReliabilityData): Statistic {
  checkReliabilityData(data)
  const index = new Map<Category, number>()
  const complete = data.units.filter((u) => u.values.every((v) => v !== null))
  for (const unit of complete) for (const v of unit.values) if (!index.has(v!)) index.set(v!, index.size)
  const counts = complete.map((unit) => {
    const row = new Array<number>(index.size).fill(0)
    for (const v of unit.values) row[index.get(v!)!]! += 1
    return row
  })
  return fleissKappaFromCounts(
    counts,
    complete.map((u) => u.weight ?? 1)
  )
}
