import type { AnalysisTab } from '../../app/app-state'

/** The panel of one analysis tab. */
export function AnalysisTabPanel({ tab }: { tab: AnalysisTab }) {
  return <p className="analysis-view__pending">The {tab} view is being built.</p>
}
