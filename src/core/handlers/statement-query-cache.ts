import type { Statement } from '../../shared/domain'

interface Entry {
  stamp: string
  items: Statement[]
}

/**
 * The filtered, sorted statement lists of recent queries, so paging through one costs a page, not a sort.
 * An entry is kept with a stamp of what it was built from (see WorkspaceState.revision) and is used only while
 * the stamp still matches; the least recently used entry goes first.
 */
export class StatementQueryCache {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly capacity = 8) {}

  get(key: string, stamp: string): Statement[] | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.stamp !== stamp) return undefined
    this.entries.set(key, entry)
    return entry.items
  }

  set(key: string, stamp: string, items: Statement[]): void {
    this.entries.delete(key)
    this.entries.set(key, { stamp, items })
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
  }
}
