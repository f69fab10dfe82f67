import { useCallback } from 'react'
import { keepPreviousData, useQuery as useCachedQuery } from '@tanstack/react-query'
import type { ApiError, OpInput, OpOutput, QueryOpName } from '../../../shared/api'
import { ask, queryClient } from './query-client'

export interface QueryResult<K extends QueryOpName> {
  /** The last successful result; kept while a reload (or a new input) is in flight and after an error. */
  data: OpOutput<K> | undefined
  error: ApiError | null
  loading: boolean
  reload(): void
}

/**
 * The answer of a query operation from the shared cache, asked for when missing and again after every change
 * event that touches it (see query-dependencies.ts). `input: null` skips the query.
 */
export function useQuery<K extends QueryOpName>(op: K, input: OpInput<K> | null): QueryResult<K> {
  const result = useCachedQuery<OpOutput<K>, ApiError>(
    {
      queryKey: [op, input],
      queryFn: () => ask(op, input as OpInput<K>),
      enabled: input !== null,
      placeholderData: keepPreviousData
    },
    queryClient
  )
  const { refetch } = result
  const reload = useCallback(() => void refetch(), [refetch])
  if (input === null) return { data: undefined, error: null, loading: false, reload }
  return { data: result.data, error: result.error, loading: result.isFetching, reload }
}
