import { Dialog } from '../../app/ui/dialog'
import { importer, useImportState } from './importer'

/** After a batch: what the importers noticed but did not stop for (REFI-QDA projects mostly). */
export function ImportWarningsDialog() {
  const warnings = useImportState((s) => s.warnings)
  const idle = useImportState((s) => !s.active && !s.question)
  if (warnings.length === 0 || !idle) return null
  const close = () => importer.dismissWarnings()
  return (
    <Dialog
      title="Imported, with remarks"
      onClose={close}
      className="import-warnings"
      footer={
        <button type="button" className="button button--primary" data-autofocus onClick={close}>
          OK
        </button>
      }
    >
      {warnings.map((w, i) => (
        <section key={i}>
          <h3 className="import-warnings__file">{w.fileName}</h3>
          <ul className="import-warnings__list">
            {w.warnings.map((text, j) => (
              <li key={j}>{text}</li>
            ))}
          </ul>
        </section>
      ))}
    </Dialog>
  )
}
