import type { Statement } from '../../../../shared/domain'

/** The statements a highlight overlaps, in reading order. */
export function statementsInRangeOf(
  statements: readonly Statement[],
  range: { start: number; end: number }
): Statement[] {
  return statements
    .filter((s) => s.start < range.end && s.end > range.start)
    .sort((a, b) => a.start - b.start)
}
