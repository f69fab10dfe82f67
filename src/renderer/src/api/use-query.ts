import { useCallback, useEffect, useState } from 'react'
import { toApiError, type ApiError, type OpInput, type OpName, type OpOutput } from '../../../shared/api'
import { api, onChange } from './api'
import { callOp } from '../../../shared/api/call-op'
import { reloadsOn } from './reloads-on'

export interface QueryResult<K extends OpName> {
  /** The last successful result; kept while a reload (or a new input) is in flight and after an error. */
  data: OpOutput<K> | undefined
  error: ApiError | null
  loading: boolean
  reload(): void
}

interface QueryState<K extends OpName> {
  data: OpOutput<K> | undefined
  error: ApiError | null
  loading: boolean
}

/**
 * Runs a query operation and re-runs it after every change event it depends on (see reloads-on.ts) (and when `op`, `input` or `deps` change).
 * `input: null` skips the query. Results that arrive after a newer run started are dropped.
 */
export function useQuery<K extends OpName>(
  op: K,
  input: OpInput<K> | null,
  deps: unknown[] = []
): QueryResult<K> {
  const key = input === null ? null : `${op} ${JSON.stringify(input)}`
  const [state, setState] = useState<QueryState<K>>({ data: undefined, error: null, loading: input !== null })
  const [tick, setTick] = useState(0)

  useEffect(() => {
    if (key === null || input === null) {
      setState({ data: undefined, error: null, loading: false })
      return
    }
    const query = input
    let disposed = false
    let running = false
    let stale = false

    async function load(): Promise<void> {
      if (running) {
        stale = true
        return
      }
      running = true
      setState((s) => (s.loading ? s : { ...s, loading: true }))
      do {
        stale = false
        try {
          const data = await callOp(api, op, query)
          if (!disposed && !stale) setState({ data, error: null, loading: false })
        } catch (err) {
          if (!disposed && !stale) setState((s) => ({ data: s.data, error: toApiError(err), loading: false }))
        }
      } while (stale && !disposed)
      running = false
    }

    void load()
    const unsubscribe = onChange((e) => {
      if (reloadsOn(op, e)) void load()
    })
    return () => {
      disposed = true
      unsubscribe()
    }
    // `key` stands for op + input by value, so a new but equal input object does not re-run the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick, ...deps])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { ...state, reload }
}
