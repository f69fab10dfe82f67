import { useRef } from 'react'
import { IMPORT_ACCEPT } from '../import-export/import-accept'
import { importer, useImportState } from '../import-export/importer'

/** Feeds files chosen from disk (text, Markdown, HTML, PDF, Word, Dossier or REFI-QDA exports) to the app's one import queue. */
export function ImportDocumentsButton({ variant = 'icon' }: { variant?: 'icon' | 'button' }) {
  const input = useRef<HTMLInputElement>(null)
  const busy = useImportState((st) => st.active !== null)
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        onChange={async (e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          if (!files.length) return
          await importer.importFiles(files)
        }}
      />
      <button
        type="button"
        className={variant === 'icon' ? 'icon-button' : 'button button--small'}
        aria-label={variant === 'icon' ? 'Import documents' : undefined}
        title="Import documents (text, Markdown, HTML, PDF, Word)"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {variant === 'icon' ? (
          <span className="icon icon--import" aria-hidden="true" />
        ) : busy ? (
          'Importing…'
        ) : (
          'Import documents…'
        )}
      </button>
    </>
  )
}
