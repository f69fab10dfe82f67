import { useEffect, useState } from 'react'
import { toApiError, type ApiError, type ExportResult, type OpInput } from '../../../../shared/api'
import { api, onChange, onProgress } from '../../api'
import { touches } from '../../api/query-dependencies'
import { randomTaskId } from './random-task-id'

export interface ExportRun {
  /** The result for exactly the current input (never a previous format's), or null while it is being made. */
  result: ExportResult | null
  error: ApiError | null
  loading: boolean
  /** How far the running export is, when it has said (done of total steps). */
  progress: { done: number; total: number } | null
}

/** Runs `export.run` for the dialog's current choices, again after every change that can alter it. */
export function useExportResult(input: OpInput<'export.run'>): ExportRun {
  const key = JSON.stringify(input)
  const [state, setState] = useState<ExportRun & { key: string }>({
    key,
    result: null,
    error: null,
    loading: true,
    progress: null
  })

  useEffect(() => {
    const query = JSON.parse(key) as OpInput<'export.run'>
    let current = true
    let generation = 0
    let running: string | null = null
    // A run the dialog no longer wants (new choices, a change, closed) is cancelled, not left to finish.
    const cancelRunning = () => {
      if (running) void api['tasks.cancel']({ taskId: running }).catch(() => undefined)
      running = null
    }
    const load = () => {
      cancelRunning()
      const mine = ++generation
      const taskId = randomTaskId('export')
      running = taskId
      setState((s) => ({
        key,
        result: s.key === key ? s.result : null,
        error: null,
        loading: true,
        progress: null
      }))
      const settle = (next: Omit<ExportRun, 'progress'>) => {
        if (running === taskId) running = null
        if (current && mine === generation) setState({ key, ...next, progress: null })
      }
      api['export.run']({ ...query, taskId }).then(
        (result) => settle({ result, error: null, loading: false }),
        (err: unknown) => {
          const error = toApiError(err)
          if (error.code !== 'CANCELLED') settle({ result: null, error, loading: false })
        }
      )
    }
    const offProgress = onProgress((e) => {
      if (!current || e.taskId !== running || e.finished) return
      setState((s) => (s.key === key ? { ...s, progress: { done: e.done, total: e.total } } : s))
    })
    load()
    const unsubscribe = onChange((e) => {
      if (touches('export.run', query, e)) load()
    })
    return () => {
      current = false
      cancelRunning()
      offProgress()
      unsubscribe()
    }
  }, [key])

  return state.key === key ? state : { result: null, error: null, loading: true, progress: null }
}
