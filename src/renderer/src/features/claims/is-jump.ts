export interface RowRange {
  first: number
  last: number
}

/** Whether the rows in view share none with those in view before: the view jumped rather than scrolled. */
export function isJump(previous: RowRange | null, next: RowRange): boolean {
  return previous !== null && (next.first > previous.last || next.last < previous.first)
}
