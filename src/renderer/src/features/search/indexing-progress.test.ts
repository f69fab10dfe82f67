import { describe, expect, it } from 'vitest'
import { SEARCH_INDEX_TASK, type ProgressEvent } from '../../../../shared/api'
import { indexingPercent, nextIndexing } from './indexing-progress'

const ev = (p: Partial<ProgressEvent>): ProgressEvent => ({
  taskId: SEARCH_INDEX_TASK,
  label: 'Indexing for search',
  done: 0,
  total: 100,
  finished: false,
  ...p
})

describe('nextIndexing', () => {
  it('follows the search index and clears when it finishes', () => {
    let s = nextIndexing(null, ev({ done: 10 }))
    expect(s).toEqual({ done: 10, total: 100 })
    s = nextIndexing(s, ev({ done: 60 }))
    expect(s).toEqual({ done: 60, total: 100 })
    expect(nextIndexing(s, ev({ done: 100, finished: true }))).toBeNull()
    expect(nextIndexing(s, ev({ done: 100 }))).toBeNull()
  })

  it("ignores other tasks' progress", () => {
    const s = { done: 5, total: 100 }
    expect(nextIndexing(s, ev({ taskId: 'import-1', done: 1, total: 1, finished: true }))).toBe(s)
  })
})

describe('indexingPercent', () => {
  it('never shows 100 % before the index is done, nor divides by zero', () => {
    expect(indexingPercent({ done: 999, total: 1000 })).toBe(99)
    expect(indexingPercent({ done: 250, total: 1000 })).toBe(25)
    expect(indexingPercent({ done: 0, total: 0 })).toBe(0)
  })
})
