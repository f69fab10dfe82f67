import { useSyncExternalStore } from 'react'
import type { MatrixAxis } from '../../../../../shared/api'
import { createStore } from '../../../app/app-state'

/** How the matrix is set up; kept while the view is away (a drill-down to claims and back finds it as it was). */
export interface MatrixSettings {
  rows: MatrixAxis
  cols: MatrixAxis
  count: 'statements' | 'codings'
  percent: boolean
  /** Themes whose sub-themes are folded away. */
  folded: ReadonlySet<string>
}

export const matrixSettings = createStore<MatrixSettings>({
  rows: 'themes',
  cols: 'documents',
  count: 'statements',
  percent: false,
  folded: new Set()
})

export function useMatrixSettings(): MatrixSettings {
  return useSyncExternalStore(matrixSettings.subscribe, matrixSettings.getState, matrixSettings.getState)
}
