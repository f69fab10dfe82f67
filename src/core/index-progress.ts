import { SEARCH_INDEX_TASK, type ProgressEvent } from '../shared/api'

/** Fewer events than the index has slices: a progress bar needs a few a second. */
const MIN_INTERVAL_MS = 150

/**
 * Turns the search index's (done, total) reports into progress events: the first, then at most one per
 * interval, and always the last.
 */
export function indexProgressEvents(
  emit: (e: ProgressEvent) => void,
  now: () => number = () => performance.now()
): (done: number, total: number) => void {
  let last = -Infinity
  return (done, total) => {
    const finished = done >= total
    const t = now()
    if (!finished && t - last < MIN_INTERVAL_MS) return
    last = t
    emit({ taskId: SEARCH_INDEX_TASK, label: 'Indexing for search', done, total, finished })
  }
}
