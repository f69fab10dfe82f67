import type { Statement } from '../../shared/domain'

/** Statements (sorted by offset, non-overlapping) that overlap [start, end). Binary search: O(log n + k). */
export function statementsInRange(statements: readonly Statement[], start: number, end: number): Statement[] {
  let lo = 0
  let hi = statements.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (statements[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  const out: Statement[] = []
  for (let i = lo; i < statements.length; i++) {
    const s = statements[i]!
    if (s.start >= end && !(s.start === start && end === start)) break
    if (s.end > start || (s.start === start && s.end === start)) out.push(s)
  }
  return out
}
