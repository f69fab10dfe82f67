/** p50 and p95 of samples (nearest rank), rounded for printing. */
export interface Summary {
  p50: number
  p95: number
  n: number
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

const round = (x: number): number => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100)

export function summarize(samples: readonly number[]): Summary {
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), n: samples.length }
}

/** Milliseconds taken by `fn`. */
export async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** Collects garbage when node runs with --expose-gc, so one measurement's garbage does not bill the next. */
export function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}
