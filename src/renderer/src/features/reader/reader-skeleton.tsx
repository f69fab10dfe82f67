const LINES = [92, 100, 97, 64, 0, 100, 95, 99, 88, 0, 98, 100, 71]

/** What the reader shows while a document loads: the shape of a header and paragraphs, not a blank pane. */
export function ReaderSkeleton() {
  return (
    <div className="reader reader-skeleton" role="status" aria-busy="true" aria-label="Loading document">
      <div className="reader-skeleton__header">
        <span className="reader-skeleton__line reader-skeleton__line--title" />
        <span className="reader-skeleton__line" style={{ width: '42%' }} />
      </div>
      <div className="reader-skeleton__body">
        {LINES.map((w, i) =>
          w ? (
            <span key={i} className="reader-skeleton__line" style={{ width: `${w}%` }} />
          ) : (
            <span key={i} className="reader-skeleton__gap" />
          )
        )}
      </div>
    </div>
  )
}
