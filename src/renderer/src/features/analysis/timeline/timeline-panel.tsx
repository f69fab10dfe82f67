import { lazy, Suspense } from 'react'

// Loaded when first shown: the charting code stays out of the startup bundle.
const TimelineView = lazy(() => import('./timeline-view').then((m) => ({ default: m.TimelineView })))

/** The timeline tab of the analysis view. */
export function TimelinePanel() {
  return (
    <Suspense fallback={<p className="analysis-view__pending">Loading…</p>}>
      <TimelineView />
    </Suspense>
  )
}
