import { QueryClient, type Query } from '@tanstack/react-query'
import type { ChangeEvent, OpInput, OpOutput, QueryOpName } from '../../../shared/api'
import { callOp } from '../../../shared/api/call-op'
import { api, onChange } from './api'
import { reactionTo } from './query-dependencies'

/**
 * The renderer's one cache of answers, keyed by [operation, input]: views showing the same thing share one
 * request and one answer. An answer stays current until a change event touches it (query-dependencies.ts).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // The core is on this machine: whether the network is up does not matter.
      networkMode: 'always'
    }
  }
})

export const queryKey = <K extends QueryOpName>(op: K, input: OpInput<K>) => [op, input] as const

/** Asks the core; the first ask starts following change events. */
export function ask<K extends QueryOpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  followChanges()
  return callOp(api, op, input)
}

/** The answer from the cache while it is current, else asked for (once, however many ask at the same time). */
export function readQuery<K extends QueryOpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  return queryClient.query({ queryKey: queryKey(op, input), queryFn: () => ask(op, input) })
}

let following = false
function followChanges(): void {
  if (following) return
  following = true
  onChange((event) => applyChange(queryClient, event))
}

/**
 * Brings the cache up to date after a change: answers the event itself updates are replaced, the others it
 * touches go stale, and those a view shows are asked for again. An answer still being fetched may predate the
 * change, so it is asked for again rather than updated.
 */
export function applyChange(client: QueryClient, event: ChangeEvent): void {
  const stale = new Set<Query>()
  for (const query of client.getQueryCache().getAll()) {
    const [op, input] = query.queryKey as [QueryOpName, OpInput<QueryOpName> | null]
    if (input === null) continue
    const fetching = query.state.fetchStatus === 'fetching'
    const data = fetching ? undefined : (query.state.data as OpOutput<QueryOpName> | undefined)
    const reaction = reactionTo(op, input, data, event)
    if (reaction.kind === 'update') client.setQueryData(query.queryKey, reaction.data)
    else if (reaction.kind === 'refetch') stale.add(query)
  }
  for (const query of stale) {
    if (query.state.fetchStatus !== 'fetching' || query.state.data !== undefined) continue
    // A first answer on its way may predate the change, and asking again would only wait for it: start over.
    // Whoever waits for it gets the new answer.
    void query.cancel({ silent: true })
    query.fetch().catch(() => {})
  }
  if (stale.size > 0) void client.invalidateQueries({ predicate: (query) => stale.has(query) })
}
