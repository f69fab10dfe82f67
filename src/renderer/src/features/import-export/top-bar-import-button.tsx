import { useRef } from 'react'
import { IMPORT_ACCEPT, IMPORT_KINDS } from './import-accept'
import { importer } from './importer'

/** "Import…": a file picker (several files at once) feeding the import queue. */
export function TopBarImportButton() {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          void importer.importFiles(files)
        }}
      />
      <button
        type="button"
        className="button button--small"
        title={`Import documents: ${IMPORT_KINDS}. You can also drop files on the window.`}
        onClick={() => input.current?.click()}
      >
        <span
          className="icon import-export-buttons__icon import-export-buttons__icon--import"
          aria-hidden="true"
        />
        <span className="import-export-buttons__label">Import…</span>
      </button>
    </>
  )
}
