import type { Change } from '../model/change'
import type { WorkspaceState } from '../model/workspace-state'

/** What an analysis reads: everything but notes and workspace metadata. */
const READS: Change['kind'][] = ['document', 'statement', 'annotation', 'theme', 'speaker', 'link']

/**
 * Recent analysis results by input, each kept with the state revisions it was computed at and used only while
 * they still hold; the least recently used goes first.
 */
export class AnalysisGraphCache {
  private readonly entries = new Map<string, { stamp: string; value: unknown }>()

  constructor(
    private readonly s: WorkspaceState,
    private readonly capacity = 12
  ) {}

  get<T>(op: string, input: unknown, compute: () => T): T {
    const key = `${op} ${JSON.stringify(input)}`
    const stamp = READS.map((k) => this.s.revision(k)).join()
    const hit = this.entries.get(key)
    this.entries.delete(key)
    if (hit && hit.stamp === stamp) {
      this.entries.set(key, hit)
      return hit.value as T
    }
    const value = compute()
    this.entries.set(key, { stamp, value })
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
    return value
  }
}
