/** The matrix view (being built). */
export function MatrixPanel() {
  return <p className="analysis-view__pending">The matrix view is being built.</p>
}
