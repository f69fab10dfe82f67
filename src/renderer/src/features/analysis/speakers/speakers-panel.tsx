/** The speakers view (being built). */
export function SpeakersPanel() {
  return <p className="analysis-view__pending">The speakers view is being built.</p>
}
