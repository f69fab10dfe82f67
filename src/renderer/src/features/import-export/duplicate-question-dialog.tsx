import { Dialog } from '../../app/ui/dialog'
import { importer, useImportState } from './importer'

/** Asks whether a file whose text is already in the workspace should be imported again. */
export function DuplicateQuestionDialog() {
  const question = useImportState((s) => s.question)
  if (!question) return null
  const skip = () => importer.answer('skip')
  return (
    <Dialog
      key={question.fileName}
      title="Already in the workspace"
      onClose={skip}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={skip}>
            Skip
          </button>
          <button type="button" className="button button--primary" onClick={() => importer.answer('import')}>
            Import again
          </button>
        </>
      }
    >
      <p>
        “{question.fileName}” is already in the workspace as “{question.existingTitle}”. Import it again
        anyway?
      </p>
    </Dialog>
  )
}
