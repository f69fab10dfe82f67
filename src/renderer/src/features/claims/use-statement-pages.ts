import { useCallback, useEffect, useRef, useState } from 'react'
import type { OpInput, StatementRow } from '../../../../shared/api'
import { onChange } from '../../api/api'
import { readQuery } from '../../api/query-client'
import { touches } from '../../api/query-dependencies'
import { notify } from '../../app/toast'
import { PageCache } from './page-cache'

export type StatementQuery = Omit<OpInput<'statements.list'>, 'offset' | 'limit'>

const PAGE_SIZE = 200

export interface StatementPages {
  total: number | null
  row(index: number): StatementRow | undefined
  /** Call with the visible (plus overscan) range; fetches the pages it lacks. */
  ensure(first: number, last: number): void
  /** Changes whenever rows arrive, so memoised rows re-render. */
  version: number
}

/**
 * The statements matching a query, fetched 200 at a time as the viewport needs them through the shared query
 * cache (one request per page however many ask), and again when a change touches them.
 */
export function useStatementPages(query: StatementQuery): StatementPages {
  const cacheRef = useRef<PageCache<StatementRow> | null>(null)
  if (!cacheRef.current) cacheRef.current = new PageCache<StatementRow>(PAGE_SIZE)
  const cache = cacheRef.current
  const [version, setVersion] = useState(0)
  const range = useRef({ first: 0, last: 60 })
  const queryRef = useRef(query)
  queryRef.current = query
  const key = JSON.stringify(query)

  const load = useCallback(
    (page: number) => {
      const generation = cache.begin(page)
      readQuery('statements.list', { ...queryRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then((r) => {
          if (cache.fill(page, generation, r.items, r.total)) setVersion((v) => v + 1)
        })
        .catch((err: unknown) => {
          cache.fail(page, generation)
          notify(`Could not load statements: ${err instanceof Error ? err.message : String(err)}`, 'error')
        })
    },
    [cache]
  )

  const ensure = useCallback(
    (first: number, last: number) => {
      range.current = { first, last }
      for (const page of cache.missing(first, last)) load(page)
    },
    [cache, load]
  )

  useEffect(() => {
    // Old rows stay on screen until the new query's rows arrive (no flash of an empty table).
    cache.invalidate(true)
    setVersion((v) => v + 1)
    ensure(range.current.first, range.current.last)
  }, [key, cache, ensure])

  useEffect(
    () =>
      onChange((e) => {
        if (!touches('statements.list', queryRef.current, e)) return
        cache.invalidate(true)
        // After every listener has seen the event, so the shared cache has dropped or updated its pages.
        queueMicrotask(() => ensure(range.current.first, range.current.last))
      }),
    [cache, ensure]
  )

  const row = useCallback((i: number) => cache.rowOrStale(i), [cache])
  return { total: cache.total, row, ensure, version }
}
