import { useState, type FormEvent } from 'react'
import { toApiError, type DocumentSummary } from '../../../../shared/api'
import { api, useQuery } from '../../api'
import { callOp } from '../../../../shared/api/call-op'
import { appStore, openDocument } from '../../app/app-state'
import { notify } from '../../app/toast'
import { Dialog } from '../../app/ui/dialog'
import { FormDialog } from '../../app/ui/form-dialog'
import { plural } from '../themes/plural'
import { splitNames } from './split-names'
import { DialogActions } from '../../app/ui/dialog-actions'

/** Correct what the import guessed about a document: title, date, authors, publisher, address. Never its text. */
export function DocumentDetailsDialog({
  document: d,
  onClose
}: {
  document: DocumentSummary
  onClose(): void
}) {
  const [title, setTitle] = useState(d.title)
  const [date, setDate] = useState(d.publishedAt?.slice(0, 10) ?? '')
  const [authors, setAuthors] = useState(d.authors.join(', '))
  const [publisher, setPublisher] = useState(d.source.publisher ?? '')
  const [url, setUrl] = useState(d.source.url ?? '')
  const [error, setError] = useState<string | null>(null)
  const save = async (e: FormEvent) => {
    e.preventDefault()
    const list = splitNames(authors)
    const input = {
      id: d.id,
      ...(title.trim() !== d.title ? { title } : {}),
      ...(date !== (d.publishedAt?.slice(0, 10) ?? '') ? { publishedAt: date || null } : {}),
      ...(list.join('\n') !== d.authors.join('\n') ? { authors: list } : {}),
      ...(publisher.trim() !== (d.source.publisher ?? '') ? { publisher: publisher.trim() || null } : {}),
      ...(url.trim() !== (d.source.url ?? '') ? { url: url.trim() || null } : {})
    }
    if (Object.keys(input).length === 1) return onClose()
    try {
      await callOp(api, 'documents.update', input)
      notify('Saved the document details')
      onClose()
    } catch (err) {
      setError(toApiError(err).message.replace(/^documents\.update: /, ''))
    }
  }
  return (
    <FormDialog
      title="Document details"
      submit="Save"
      onSubmit={(e) => void save(e)}
      onEdit={() => setError(null)}
      onClose={onClose}
      error={error}
    >
      <label className="field">
        Title
        <input
          className="input"
          value={title}
          maxLength={200}
          required
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <div className="edit-form__row">
        <label className="field">
          Published
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          Publisher
          <input
            className="input"
            value={publisher}
            maxLength={500}
            onChange={(e) => setPublisher(e.target.value)}
          />
        </label>
      </div>
      <label className="field">
        Authors
        <input
          className="input"
          value={authors}
          placeholder="Separated by commas"
          onChange={(e) => setAuthors(e.target.value)}
        />
      </label>
      <label className="field">
        Web address
        <input
          className="input"
          type="url"
          value={url}
          maxLength={2000}
          placeholder="https://"
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <p className="dialog-hint">The text of the document is never edited, so quotes stay faithful.</p>
    </FormDialog>
  )
}

interface DeleteDocumentDialogProps {
  document: DocumentSummary
  onClose(): void
}

/** Confirms deleting a document, saying what goes with it: statements, highlights, links; notes keep their text. */
export function DeleteDocumentDialog({ document: d, onClose }: DeleteDocumentDialogProps) {
  const preview = useQuery('documents.deletePreview', { id: d.id })
  const p = preview.data
  const remove = async () => {
    try {
      // The library's order, so the reader can move to a neighbour if this one is open.
      const documents = await callOp(api, 'documents.list', {})
      await callOp(api, 'documents.delete', { id: d.id })
      leaveDeleted(d.id, documents)
      notify(`Deleted “${d.title}”`)
      onClose()
    } catch (err) {
      notify(toApiError(err).message, 'error')
    }
  }
  // Opens once it can say what goes, so the confirmation is never a guess (the count is one quick query).
  if (!p && !preview.error) return null
  return (
    <Dialog
      title={`Delete “${d.title}”?`}
      onClose={onClose}
      initialFocus=".button--danger"
      footer={
        <DialogActions
          onCancel={onClose}
          action="Delete document"
          onAction={() => void remove()}
          tone="danger"
        />
      }
    >
      {p ? (
        <>
          <p>It goes with the document:</p>
          <ul className="delete-list">
            <li>{plural(p.statements, 'statement')}</li>
            <li>{plural(p.annotations, 'highlight')} and their notes</li>
            <li>
              {plural(p.links, 'cross-reference')}
              {p.links > 0 && ' to and from its statements, in any document'}
            </li>
          </ul>
          {p.notes > 0 && (
            <p>
              {plural(p.notes, 'note')} citing its statements keep their text; the citations show as missing.
            </p>
          )}
        </>
      ) : (
        <p role="alert">What goes with it could not be counted: {preview.error?.message}</p>
      )}
      <p className="dialog-hint">You can undo this.</p>
    </Dialog>
  )
}

/** After a document is deleted: the reader opens the next one in the list (or the previous), or none. */
function leaveDeleted(id: string, documents: readonly DocumentSummary[]): void {
  const s = appStore.getState()
  if (s.documentId !== id) return
  const i = documents.findIndex((x) => x.id === id)
  const next = documents[i + 1] ?? documents[i - 1]
  if (next && s.view === 'reader') openDocument(next.id)
  else appStore.setState({ documentId: next?.id ?? null, selection: null })
}
