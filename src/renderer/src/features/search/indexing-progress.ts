import { SEARCH_INDEX_TASK, type ProgressEvent } from '../../../../shared/api'

export type Indexing = { done: number; total: number } | null

/** The search index's build as last heard: from the workspace info, then from progress events; null when done. */
export function nextIndexing(current: Indexing, event: ProgressEvent): Indexing {
  if (event.taskId !== SEARCH_INDEX_TASK) return current
  if (event.finished || event.done >= event.total) return null
  return { done: event.done, total: event.total }
}

export function indexingPercent(i: { done: number; total: number }): number {
  return i.total > 0 ? Math.min(99, Math.floor((100 * i.done) / i.total)) : 0
}
