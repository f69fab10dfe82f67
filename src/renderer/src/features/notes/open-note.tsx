import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { emptyRichDoc, type Note, type RichDoc } from '../../../../shared/domain'
import { api, onChange } from '../../api/api'
import { createStore } from '../../app/app-state'
import { notify } from '../../app/toast'
import { NoteEditor, type NoteEditorHandle } from './note-editor'
import { focusNoteTitle, NoteTitle } from './note-title'

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/** Asks the editor of a note, once mounted, to focus its title (new note, rename) or its text. */
export const focusRequest = { noteId: null as string | null, target: 'title' as 'title' | 'text' }

/** Focuses the note's title now if it is open, or as soon as its editor mounts. */
export function requestNoteFocus(noteId: string, target: 'title' | 'text'): void {
  if (target === 'title' && document.querySelector(`[data-note-id="${CSS.escape(noteId)}"]`)) {
    focusNoteTitle()
    return
  }
  focusRequest.noteId = noteId
  focusRequest.target = target
}

function saveNote(id: string, content: RichDoc): Promise<boolean> {
  return api['notes.update']({ id, content }).then(
    () => true,
    (err: unknown) => {
      notify(`Could not save the note: ${errorText(err)}`, 'error')
      return false
    }
  )
}

function OpenNoteBody({ note, readOnly }: { note: Note; readOnly: boolean }) {
  const titleStore = useMemo(() => createStore({ title: note.title }), [note.title])
  const [stored, setStored] = useState({ content: note.content, version: note.updatedAt })
  const editor = useRef<NoteEditorHandle>(null)
  const [statusSlot, setStatusSlot] = useState<HTMLElement | null>(null)

  useEffect(() => {
    if (focusRequest.noteId === note.id) {
      focusRequest.noteId = null
      if (focusRequest.target === 'title') focusNoteTitle()
      else editor.current?.focus('end')
    }
    // Someone else changed this note (undo, another window): the editor takes their version if it has nothing unsaved.
    return onChange((e) => {
      if (!e.kinds.includes('note')) return
      api['notes.get']({ id: note.id })
        .then((fresh) => {
          titleStore.setState({ title: fresh.title })
          setStored({ content: fresh.content, version: fresh.updatedAt })
        })
        .catch(() => {})
    })
  }, [note.id, titleStore])

  return (
    <div className="note-editor" data-note-id={note.id}>
      <div className="note-editor__bar">
        <NoteTitle
          noteId={note.id}
          store={titleStore}
          readOnly={readOnly}
          onSubmit={() => editor.current?.focus('start')}
        />
        <span className="note-editor__status-slot" ref={setStatusSlot} />
      </div>
      <NoteEditor
        ref={editor}
        variant="page"
        id={note.id}
        live="notes"
        content={stored.content}
        version={stored.version}
        label="Note text"
        readOnly={readOnly}
        save={(content) => saveNote(note.id, content ?? emptyRichDoc())}
        statusSlot={statusSlot}
      />
      <p className="note-editor__hint">
        {readOnly ? (
          'This workspace is open read-only: notes cannot be changed.'
        ) : (
          <>
            Type <kbd>@</kbd> or <kbd>[[</kbd> to cite a statement, <kbd>#</kbd> for a theme. Saved
            automatically.
          </>
        )}
      </p>
    </div>
  )
}

/** Loads a note and edits it; remounts per note so each has its own editor, history and autosave. */
export const OpenNote = memo(function OpenNote({ noteId, readOnly }: { noteId: string; readOnly: boolean }) {
  const [note, setNote] = useState<Note | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    setNote(null)
    setFailed(false)
    api['notes.get']({ id: noteId })
      .then((n) => live && setNote(n))
      .catch((err: unknown) => {
        if (!live) return
        setFailed(true)
        notify(`Could not open the note: ${errorText(err)}`, 'error')
      })
    return () => {
      live = false
    }
  }, [noteId])
  if (failed) return <p className="note-editor__message">This note could not be opened.</p>
  if (!note) return <p className="note-editor__message">Opening…</p>
  return <OpenNoteBody key={`${note.id}:${readOnly}`} note={note} readOnly={readOnly} />
})
