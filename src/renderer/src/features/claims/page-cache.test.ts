import { describe, expect, it } from 'vitest'
import { PageCache } from './page-cache'

const rows = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i)

describe('PageCache', () => {
  it('asks only for the first page until the total is known', () => {
    const c = new PageCache<number>(100)
    expect(c.missing(0, 5000)).toEqual([0])
  })

  it('lists the missing pages for a visible range, skipping loaded and in-flight ones', () => {
    const c = new PageCache<number>(100)
    const g = c.begin(0)
    c.fill(0, g, rows(0, 100), 1000)
    expect(c.row(42)).toBe(42)
    expect(c.row(142)).toBeUndefined()
    expect(c.missing(50, 350)).toEqual([1, 2, 3])
    c.begin(2)
    expect(c.missing(50, 350)).toEqual([1, 3])
  })

  it('never asks past the total', () => {
    const c = new PageCache<number>(100)
    c.fill(0, c.begin(0), rows(0, 100), 250)
    expect(c.missing(0, 10_000)).toEqual([1, 2])
    expect(c.missing(240, 260)).toEqual([2])
  })

  it('asks again after a query that matched nothing is replaced', () => {
    const c = new PageCache<number>(100)
    c.fill(0, c.begin(0), [], 0)
    expect(c.missing(0, 60)).toEqual([])
    c.invalidate(true)
    expect(c.missing(0, 60)).toEqual([0])
  })

  it('ignores answers from an older generation', () => {
    const c = new PageCache<number>(100)
    const old = c.begin(0)
    c.invalidate()
    expect(c.fill(0, old, rows(0, 100), 100)).toBe(false)
    expect(c.row(0)).toBeUndefined()
    expect(c.missing(0, 10)).toEqual([0])
  })

  it('keeps stale rows visible while refetching after a change', () => {
    const c = new PageCache<number>(100)
    c.fill(0, c.begin(0), rows(0, 100), 100)
    c.invalidate(true)
    expect(c.row(5)).toBeUndefined()
    expect(c.rowOrStale(5)).toBe(5)
    expect(c.missing(0, 10)).toEqual([0])
    c.fill(0, c.begin(0), rows(1000, 100), 100)
    expect(c.rowOrStale(5)).toBe(1005)
  })

  it('drops other pages when the total changes between pages', () => {
    const c = new PageCache<number>(10)
    c.fill(0, c.begin(0), rows(0, 10), 30)
    c.fill(1, c.begin(1), rows(10, 10), 31)
    expect(c.loadedPages).toEqual([1])
    expect(c.total).toBe(31)
  })

  it('lets a failed page be retried', () => {
    const c = new PageCache<number>(10)
    const g = c.begin(0)
    expect(c.missing(0, 5)).toEqual([])
    c.fail(0, g)
    expect(c.missing(0, 5)).toEqual([0])
  })

  it('keeps the last good rows across repeated invalidations', () => {
    const c = new PageCache<number>(10)
    c.fill(0, c.begin(0), rows(0, 10), 10)
    c.invalidate(true)
    c.invalidate(true)
    expect(c.rowOrStale(3)).toBe(3)
  })
})
