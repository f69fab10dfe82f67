/** The timeline view (being built). */
export function TimelinePanel() {
  return <p className="analysis-view__pending">The timeline view is being built.</p>
}
