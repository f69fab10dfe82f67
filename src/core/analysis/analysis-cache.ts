import type { WorkspaceState } from '../model/workspace-state'

const KINDS = ['document', 'statement', 'theme', 'annotation', 'speaker', 'link'] as const

/**
 * Results of recent analysis queries, kept while nothing they read has changed (see WorkspaceState.revision);
 * the least recently used goes first.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { stamp: string; value: unknown }>()

  constructor(
    private readonly s: WorkspaceState,
    private readonly capacity = 16
  ) {}

  get<T>(op: string, input: unknown, compute: () => T): T {
    const key = `${op} ${JSON.stringify(input)}`
    const stamp = KINDS.map((k) => this.s.revision(k)).join()
    const hit = this.entries.get(key)
    this.entries.delete(key)
    const value = hit && hit.stamp === stamp ? (hit.value as T) : compute()
    this.entries.set(key, { stamp, value })
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
    return value
  }
}
