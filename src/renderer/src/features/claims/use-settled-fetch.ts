import { useEffect, useRef } from 'react'
import { isJump, type RowRange } from './is-jump'

/** Rows fetched beyond each edge of the view, so slow scrolling and arrow keys find them loaded. */
const FETCH_AHEAD = 24
/** Jumps this close together are a drag: their pages are fetched once the view has stopped for this long. */
const SETTLE_MS = 80

/**
 * Fetches the rows in view (`first`..`last`) and some beyond. A scroll-bar drag shows rows far from the last
 * frame's on every frame: their pages would arrive after they have left the view. So a jump (Home, End, a click
 * in the scroll-bar track) fetches at once, but a jump soon after another waits until the view stops jumping.
 * `version` re-runs it when the cache was emptied.
 */
export function useSettledFetch(
  ensure: (first: number, last: number) => void,
  first: number,
  last: number,
  total: number,
  version: number
): void {
  const seen = useRef<{ range: RowRange | null; jumpedAt: number }>({ range: null, jumpedAt: -Infinity })
  useEffect(() => {
    if (total === 0) return
    const now = performance.now()
    const range = { first, last }
    const settleAt = seen.current.jumpedAt + SETTLE_MS
    if (isJump(seen.current.range, range)) seen.current.jumpedAt = now
    seen.current.range = range
    const load = () => ensure(Math.max(0, first - FETCH_AHEAD), last + FETCH_AHEAD)
    if (now >= settleAt) {
      load()
      return
    }
    const timer = setTimeout(load, seen.current.jumpedAt + SETTLE_MS - now)
    return () => clearTimeout(timer)
  }, [ensure, first, last, total, version])
}
