import { useRef, useState, type KeyboardEvent } from 'react'
import type { NoteSummary } from '../../../../shared/api'
import { api } from '../../api/api'
import { appStore, openNote } from '../../app/app-state'
import { notify } from '../../app/toast'
import { Dialog } from '../../app/ui/dialog'
import { PencilIcon, TrashIcon } from './note-icons'
import { requestNoteFocus } from './open-note'
import { dropTyping, holdTyping } from './type-ahead'
import { DialogActions } from '../../app/ui/dialog-actions'

const updatedFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit'
})

/** Creates a note and opens it with its title focused; what is typed meanwhile goes into the title. */
export async function createNote(): Promise<void> {
  holdTyping()
  try {
    const note = await api['notes.create']({ title: 'Untitled note' })
    requestNoteFocus(note.id, 'title')
    openNote(note.id)
  } catch (err) {
    dropTyping()
    notify(`Could not create a note: ${err instanceof Error ? err.message : String(err)}`, 'error')
  }
}

function rename(id: string): void {
  requestNoteFocus(id, 'title')
  openNote(id)
}

interface Props {
  notes: NoteSummary[]
  selectedId: string | null
  readOnly: boolean
}

/** The notes in the workspace, newest first; arrow keys move, Delete asks before deleting. */
export function NotesList({ notes, selectedId, readOnly }: Props) {
  const [confirming, setConfirming] = useState<NoteSummary | null>(null)
  const listRef = useRef<HTMLUListElement>(null)

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>, note: NoteSummary, index: number): void => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.notes-item__open')
    const focusAt = (i: number): void => buttons?.[Math.max(0, Math.min(notes.length - 1, i))]?.focus()
    if (e.key === 'ArrowDown') focusAt(index + 1)
    else if (e.key === 'ArrowUp') focusAt(index - 1)
    else if (e.key === 'Home') focusAt(0)
    else if (e.key === 'End') focusAt(notes.length - 1)
    else if (e.key === 'Delete' && !readOnly) setConfirming(note)
    else if (e.key === 'F2' && !readOnly) rename(note.id)
    else return
    e.preventDefault()
  }

  const remove = async (note: NoteSummary): Promise<void> => {
    setConfirming(null)
    try {
      await api['notes.delete']({ id: note.id })
      if (appStore.getState().noteId === note.id) {
        const next = notes.find((n) => n.id !== note.id)
        appStore.setState({ noteId: next?.id ?? null })
      }
      notify(`Deleted “${note.title}”. Undo with ${navigator.platform.includes('Mac') ? '⌘' : 'Ctrl'}+Z.`)
    } catch (err) {
      notify(`Could not delete the note: ${err instanceof Error ? err.message : String(err)}`, 'error')
    }
  }

  return (
    <>
      <ul ref={listRef} className="notes-list" aria-label="Notes">
        {notes.map((n, i) => (
          <li key={n.id} className={`notes-item${n.id === selectedId ? ' is-selected' : ''}`}>
            <button
              type="button"
              className="notes-item__open"
              aria-current={n.id === selectedId ? 'true' : undefined}
              onClick={() => openNote(n.id)}
              onKeyDown={(e) => onKeyDown(e as unknown as KeyboardEvent<HTMLUListElement>, n, i)}
            >
              <span className="notes-item__title">{n.title}</span>
              <span className="notes-item__excerpt">{n.excerpt || 'Empty note'}</span>
              <span className="notes-item__meta">
                {updatedFormat.format(new Date(n.updatedAt))}
                {n.statementCount > 0 && ` · ${n.statementCount} cited`}
              </span>
            </button>
            {!readOnly && (
              <span className="notes-item__actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Rename “${n.title}”`}
                  title="Rename (F2)"
                  onClick={() => rename(n.id)}
                >
                  <PencilIcon />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete “${n.title}”`}
                  title="Delete (Del)"
                  onClick={() => setConfirming(n)}
                >
                  <TrashIcon />
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {confirming && (
        <Dialog
          title="Delete note?"
          onClose={() => setConfirming(null)}
          initialFocus=".button--danger"
          footer={
            <DialogActions
              onCancel={() => setConfirming(null)}
              action="Delete"
              onAction={() => void remove(confirming)}
              tone="danger"
            />
          }
        >
          <p>
            “{confirming.title}” will be deleted. The statements it cites are not affected. You can undo this
            right after.
          </p>
        </Dialog>
      )}
    </>
  )
}
