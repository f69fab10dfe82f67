import type { WorkspaceState } from '../model/workspace-state'

/** One `make(state)` per state a view is built from (the whole state, or the one a view scope shows). */
export function perState<T>(make: (s: WorkspaceState) => T): (s: WorkspaceState) => T {
  const made = new WeakMap<WorkspaceState, T>()
  return (s) => {
    let value = made.get(s)
    if (value === undefined) made.set(s, (value = make(s)))
    return value
  }
}
