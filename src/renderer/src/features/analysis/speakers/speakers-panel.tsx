import { lazy, Suspense } from 'react'

// Loaded when first shown: the charting code stays out of the startup bundle.
const SpeakersView = lazy(() => import('./speakers-view').then((m) => ({ default: m.SpeakersView })))

/** The speakers tab of the analysis view. */
export function SpeakersPanel() {
  return (
    <Suspense fallback={<p className="analysis-view__pending">Loading…</p>}>
      <SpeakersView />
    </Suspense>
  )
}
