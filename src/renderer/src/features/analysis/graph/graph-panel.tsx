import { lazy, Suspense } from 'react'

// Loaded when first shown: the charting code stays out of the startup bundle.
const GraphView = lazy(() => import('./graph-view').then((m) => ({ default: m.GraphView })))

/** The graph tab of the analysis view. */
export function GraphPanel() {
  return (
    <Suspense fallback={<p className="analysis-view__pending">Loading…</p>}>
      <GraphView />
    </Suspense>
  )
}
