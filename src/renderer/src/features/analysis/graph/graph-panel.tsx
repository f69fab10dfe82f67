/** The graph view (being built). */
export function GraphPanel() {
  return <p className="analysis-view__pending">The graph view is being built.</p>
}
