import { useId } from 'react'
import { importer, useImportState } from './importer'

/** The running import: file, step, a progress bar (indeterminate while the amount of work is unknown), Cancel. */
export function ImportProgress() {
  const active = useImportState((s) => s.active)
  const cancelling = useImportState((s) => s.cancelling)
  const titleId = useId()
  if (!active) return null

  const determinate = active.total > 0
  const step = active.label === `Importing ${active.fileName}` ? 'Working…' : active.label
  const percent = determinate ? Math.min(100, Math.round((active.done / active.total) * 100)) : undefined
  return (
    <section className="import-progress" aria-label="Import progress">
      <p id={titleId} className="import-progress__title" role="status">
        Importing “{active.fileName}”{active.count > 1 && ` (${active.index} of ${active.count})`}
      </p>
      <p className="import-progress__label">{cancelling ? 'Cancelling…' : step}</p>
      <div className="import-progress__row">
        <div
          className={`progress${determinate ? '' : ' progress--indeterminate'}`}
          role="progressbar"
          aria-labelledby={titleId}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={determinate ? `${active.done} of ${active.total}` : active.label}
        >
          <div className="progress__bar" style={determinate ? { width: `${percent}%` } : undefined} />
        </div>
        <button
          type="button"
          className="button button--small"
          disabled={cancelling}
          onClick={() => importer.cancel()}
        >
          Cancel
        </button>
      </div>
    </section>
  )
}
