const counts = new Intl.NumberFormat()

/** A count with the locale's digit grouping ("12,345"). One formatter: `toLocaleString` builds a new one per call. */
export function formatCount(n: number): string {
  return counts.format(n)
}
