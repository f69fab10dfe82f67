import { useEffect, useRef } from 'react'
import { useQuery } from '../../api/use-query'
import { appStore, useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'
import { createNote, NotesList } from './notes-list'
import { OpenNote } from './open-note'
import './notes.css'

/** Notes: a list on the left, the open note on the right, with statement and theme reference chips. */
export function NotesView() {
  const noteId = useAppState((s) => s.noteId)
  const notes = useQuery('notes.list', {})
  const readOnly = useQuery('workspace.info', {}).data?.readOnly ?? false
  const list = notes.data
  const sorted = list ? [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) : []
  const firstId = sorted[0]?.id ?? null
  const seen = useRef(new Set<string>())

  useEffect(() => {
    if (!list) return
    const ids = new Set(list.map((n) => n.id))
    // Open the most recent note when none is selected, or when the open one was deleted (e.g. by undo).
    // A note we have never seen listed is new and about to appear, so it stays open.
    const gone = noteId !== null && !ids.has(noteId) && seen.current.has(noteId)
    if (noteId === null || gone) appStore.setState({ noteId: firstId })
    for (const id of ids) seen.current.add(id)
  }, [list, firstId, noteId])

  return (
    <section className="notes-view" aria-label="Notes">
      <aside className="notes-view__side">
        <div className="notes-view__head">
          <h1 className="notes-view__title">Notes</h1>
          {!readOnly && (
            <button type="button" className="button button--small" onClick={() => void createNote()}>
              New note
            </button>
          )}
        </div>
        {list && list.length === 0 ? (
          <EmptyState compact title="No notes yet">
            <p>Write up findings and cite statements as you go.</p>
          </EmptyState>
        ) : (
          <NotesList notes={sorted} selectedId={noteId} readOnly={readOnly} />
        )}
      </aside>
      <div className="notes-view__main">
        {noteId ? (
          <OpenNote noteId={noteId} readOnly={readOnly} />
        ) : list && list.length === 0 ? (
          <EmptyState
            title="Write your analysis here"
            action={
              readOnly ? undefined : (
                <button type="button" className="button button--primary" onClick={() => void createNote()}>
                  New note
                </button>
              )
            }
          >
            <p>
              Notes are saved as you type. Cite a statement with <kbd>@</kbd> or <kbd>[[</kbd>, and reference
              a theme with <kbd>#</kbd>: each citation links back to its source.
            </p>
          </EmptyState>
        ) : null}
      </div>
    </section>
  )
}
