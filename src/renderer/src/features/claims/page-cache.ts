/**
 * Rows of a long server-side list, held in fixed-size pages. It knows which pages a visible range still needs,
 * remembers which are in flight, and forgets everything at once when the query or the data changes
 * (a generation number makes late answers to an old query harmless).
 */
export class PageCache<T> {
  private pages = new Map<number, T[]>()
  private stale = new Map<number, T[]>()
  private inFlight = new Set<number>()
  private gen = 0
  /** Whether `total` answers the current generation (after `invalidate(true)` it is last generation's). */
  private totalFresh = false
  total: number | null = null

  constructor(readonly pageSize = 200) {}

  get generation(): number {
    return this.gen
  }

  /** The row at an index, or undefined while its page is not loaded. */
  row(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize]
  }

  pageOf(index: number): number {
    return Math.floor(index / this.pageSize)
  }

  /** Pages covering rows [first, last] (inclusive) that are neither loaded nor being loaded. */
  missing(first: number, last: number): number[] {
    if (last < first || (this.totalFresh && this.total === 0)) return []
    const start = this.pageOf(Math.max(0, first))
    const end = this.total === null ? start : this.pageOf(Math.max(first, Math.min(last, this.total - 1)))
    const out: number[] = []
    for (let p = start; p <= end; p++) if (!this.pages.has(p) && !this.inFlight.has(p)) out.push(p)
    return out
  }

  /** Marks a page as requested; returns the generation to hand back with its answer. */
  begin(page: number): number {
    this.inFlight.add(page)
    return this.gen
  }

  /** Stores a page's rows and the total; ignored (returns false) when it answers an older generation. */
  fill(page: number, generation: number, rows: T[], total: number): boolean {
    if (generation !== this.gen) return false
    this.inFlight.delete(page)
    this.pages.set(page, rows)
    this.stale.delete(page)
    if (this.total !== null && this.total !== total) {
      // The list changed under us between pages: keep only this page.
      for (const p of [...this.pages.keys()]) if (p !== page) this.pages.delete(p)
    }
    this.total = total
    this.totalFresh = true
    return true
  }

  /** A request failed: allow it to be retried. */
  fail(page: number, generation: number): void {
    if (generation === this.gen) this.inFlight.delete(page)
  }

  /**
   * Forgets the pages (after a change event or a new query). With `keepRows`, loaded rows stay visible until
   * their fresh copies arrive (no flash of placeholders); they are only replaced, never trusted for new fetches.
   */
  invalidate(keepRows = false): void {
    this.gen++
    this.totalFresh = false
    this.inFlight.clear()
    if (keepRows) {
      this.stale = new Map([...this.stale, ...this.pages])
      this.pages = new Map()
    } else {
      this.stale = new Map()
      this.pages.clear()
      this.total = null
    }
  }

  /** Like `row`, falling back to the last generation's copy while a refetch is on its way. */
  rowOrStale(index: number): T | undefined {
    const p = this.pageOf(index)
    return (this.pages.get(p) ?? this.stale.get(p))?.[index % this.pageSize]
  }

  get loadedPages(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b)
  }
}
