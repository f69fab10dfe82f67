export interface SliceControl {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
  /** How long a slice may run before the next turn (20 ms); 0 gives a turn before every step after the first. */
  sliceMs?: number
}

export const SLICE_MS = 20

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** A step of runInSlices: its value, or work that pauses where it yields and returns the value at its end. */
export type SliceStep<T> = () => T | Generator<void, T, undefined>

/**
 * Runs `steps` in order, giving the event loop a turn every few tens of milliseconds so other requests (and
 * a cancel) are served meanwhile; reports (done, total) at each turn. A step that returns a generator is run
 * to its end, with turns where it yields (its progress reported as the steps done before it). Throws an
 * AbortError once cancelled.
 */
export async function runInSlices<T>(steps: readonly SliceStep<T>[], ctl: SliceControl = {}): Promise<T[]> {
  const out: T[] = []
  const slice = new Slice(ctl)
  ctl.onProgress?.(0, steps.length)
  for (const step of steps) {
    if (out.length > 0 && slice.isOver()) {
      ctl.onProgress?.(out.length, steps.length)
      await slice.next()
    }
    ctl.signal?.throwIfAborted()
    const value = step()
    const atTurn = () => ctl.onProgress?.(out.length, steps.length)
    out.push(isGenerator(value) ? await finish(value, slice, ctl.signal, atTurn) : value)
  }
  ctl.onProgress?.(steps.length, steps.length)
  return out
}

/**
 * Runs `work` to its end, giving the event loop a turn every few tens of milliseconds at the points where it
 * yields (no progress is reported: it does not know its length). Throws an AbortError once cancelled.
 */
export function finishInSlices<T>(work: Generator<unknown, T>, ctl: SliceControl = {}): Promise<T> {
  return finish(work, new Slice(ctl), ctl.signal)
}

async function finish<T>(
  work: Generator<unknown, T>,
  slice: Slice,
  signal?: AbortSignal,
  atTurn?: () => void
): Promise<T> {
  for (;;) {
    signal?.throwIfAborted()
    const next = work.next()
    if (next.done) return next.value
    if (slice.isOver()) {
      atTurn?.()
      await slice.next()
    }
  }
}

/** The time the work may run before it gives the event loop a turn. */
class Slice {
  private readonly ms: number
  private end: number

  constructor(ctl: SliceControl) {
    this.ms = ctl.sliceMs ?? SLICE_MS
    this.end = performance.now() + this.ms
  }

  isOver(): boolean {
    return performance.now() >= this.end
  }

  /** A turn for other work, then a new slice. */
  async next(): Promise<void> {
    await nextTurn()
    this.end = performance.now() + this.ms
  }
}

function isGenerator<T>(value: T | Generator<void, T, undefined>): value is Generator<void, T, undefined> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Generator).next === 'function' &&
    typeof (value as Generator)[Symbol.iterator] === 'function'
  )
}

/** Runs `work` to its end at once: the value finishInSlices would give, without turns. */
export function finishAtOnce<T>(work: Generator<unknown, T>): T {
  for (;;) {
    const next = work.next()
    if (next.done) return next.value
  }
}
