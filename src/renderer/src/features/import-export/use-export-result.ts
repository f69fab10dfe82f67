import { useEffect, useState } from 'react'
import { toApiError, type ApiError, type ExportResult, type OpInput } from '../../../../shared/api'
import { api, onChange } from '../../api'

export interface ExportRun {
  /** The result for exactly the current input (never a previous format's), or null while it is being made. */
  result: ExportResult | null
  error: ApiError | null
  loading: boolean
}

/** Runs `export.run` for the dialog's current choices, again after every change to the workspace. */
export function useExportResult(input: OpInput<'export.run'>): ExportRun {
  const key = JSON.stringify(input)
  const [state, setState] = useState<ExportRun & { key: string }>({
    key,
    result: null,
    error: null,
    loading: true
  })

  useEffect(() => {
    const query = JSON.parse(key) as OpInput<'export.run'>
    let current = true
    let generation = 0
    const load = () => {
      const mine = ++generation
      setState((s) => ({ key, result: s.key === key ? s.result : null, error: null, loading: true }))
      api['export.run'](query).then(
        (result) => current && mine === generation && setState({ key, result, error: null, loading: false }),
        (err: unknown) =>
          current &&
          mine === generation &&
          setState({ key, result: null, error: toApiError(err), loading: false })
      )
    }
    load()
    const unsubscribe = onChange(load)
    return () => {
      current = false
      unsubscribe()
    }
  }, [key])

  return state.key === key ? state : { result: null, error: null, loading: true }
}
