export interface SliceControl {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

const SLICE_MS = 40

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Runs `steps` in order, giving the event loop a turn every few tens of milliseconds so other requests (and
 * a cancel) are served meanwhile; reports (done, total) at each turn. Throws an AbortError once cancelled.
 */
export async function runInSlices<T>(steps: readonly (() => T)[], ctl: SliceControl = {}): Promise<T[]> {
  const out: T[] = []
  let sliceEnd = performance.now() + SLICE_MS
  ctl.onProgress?.(0, steps.length)
  for (const step of steps) {
    if (performance.now() > sliceEnd) {
      ctl.onProgress?.(out.length, steps.length)
      await nextTurn()
      sliceEnd = performance.now() + SLICE_MS
    }
    ctl.signal?.throwIfAborted()
    out.push(step())
  }
  ctl.onProgress?.(steps.length, steps.length)
  return out
}
