import { useState } from 'react'
import { ExportDialog } from './export-dialog'
import { TopBarImportButton } from './top-bar-import-button'
import { MergeButton } from './merge-button'
import './import-export.css'

/** The top bar's "Import…" and "Merge…" (hidden when the workspace is read-only) and "Export…" buttons. */
export function ImportExportButtons({ readOnly }: { readOnly: boolean }) {
  const [exportOpen, setExportOpen] = useState(false)
  return (
    <div className="import-export-buttons" role="group" aria-label="Import and export">
      {!readOnly && <TopBarImportButton />}
      {!readOnly && <MergeButton />}
      <button
        type="button"
        className="button button--small"
        title="Export to Markdown, Obsidian, JSON, W3C annotations, REFI-QDA or CSV"
        onClick={() => setExportOpen(true)}
      >
        <span
          className="icon import-export-buttons__icon import-export-buttons__icon--export"
          aria-hidden="true"
        />
        <span className="import-export-buttons__label">Export…</span>
      </button>
      {exportOpen && <ExportDialog onClose={() => setExportOpen(false)} />}
    </div>
  )
}
