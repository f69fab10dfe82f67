/** The relations view (being built). */
export function RelationsPanel() {
  return <p className="analysis-view__pending">The relations view is being built.</p>
}
