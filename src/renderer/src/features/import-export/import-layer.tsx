import { useCallback, useEffect } from 'react'
import { onProgress } from '../../api'
import { notify } from '../../app/toast'
import { DuplicateQuestionDialog } from './duplicate-question-dialog'
import { IMPORT_KINDS } from './import-accept'
import { ImportProgress } from './import-progress'
import { ImportWarningsDialog } from './import-warnings-dialog'
import { importer } from './importer'
import { useFileDrop } from './use-file-drop'
import './import-export.css'

/** Mounted once in the window: drag-and-drop import, the import progress panel and the import dialogs. */
export function ImportLayer({ readOnly }: { readOnly: boolean }) {
  useEffect(() => onProgress(importer.handleProgress), [])

  const onDrop = useCallback((files: File[]) => {
    if (document.querySelector('dialog[open]'))
      notify('Close the open dialog first, then drop the files again.')
    else void importer.importFiles(files)
  }, [])
  const dragging = useFileDrop(onDrop, !readOnly)

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__panel">
            <p className="drop-overlay__title">
              {readOnly ? 'This workspace is read-only' : 'Drop files to import'}
            </p>
            {!readOnly && <p className="drop-overlay__hint">{IMPORT_KINDS}</p>}
          </div>
        </div>
      )}
      <ImportProgress />
      <DuplicateQuestionDialog />
      <ImportWarningsDialog />
    </>
  )
}
