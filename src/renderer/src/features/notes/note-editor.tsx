import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { NodeSelection } from '@tiptap/pm/state'
import type { Note, RichDoc } from '../../../../shared/domain'
import { noteExtensions } from '../../../../editor/note-extensions'
import { api, onChange } from '../../api/api'
import { createStore } from '../../app/app-state'
import { notify } from '../../app/toast'
import { createAutosaver, type SaveStatus } from './autosaver'
import { attachChipInteractions, openChip } from './chip-interactions'
import { focusNoteTitle, NoteTitle } from './note-title'
import { RefSuggestions } from './ref-suggestions'
import { canonicalJson } from './same-doc'
import { SaveStatusIndicator } from './save-status'
import './ref-chips.css'

const AUTOSAVE_MS = 600
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

/** Moves focus into the text at once (TipTap's focus command waits a frame, and keystrokes would be lost). */
function focusText(editor: Editor): void {
  editor.view.focus()
  editor.commands.focus('start')
}

function NoteEditorBody({ note, readOnly }: { note: Note; readOnly: boolean }) {
  const statusStore = useMemo(() => createStore<{ status: SaveStatus }>({ status: 'saved' }), [])
  const titleStore = useMemo(() => createStore({ title: note.title }), [note.title])
  const known = useRef(canonicalJson(note.content))
  const saver = useMemo(
    () =>
      createAutosaver<RichDoc>({
        delayMs: AUTOSAVE_MS,
        save: async (content) => {
          await api['notes.update']({ id: note.id, content })
          known.current = canonicalJson(content)
        },
        onStatus: (status) => statusStore.setState({ status }),
        onError: (err) => notify(`Could not save the note: ${errorText(err)}`, 'error')
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [note.id]
  )
  const popoverRef = useRef<HTMLDivElement>(null)
  const extensions = useMemo(() => [...noteExtensions(), RefSuggestions], [])

  const editor = useEditor(
    {
      extensions,
      content: note.content,
      editable: !readOnly,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'note-prose',
          'aria-label': 'Note text',
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true'
        },
        handleKeyDown: (view, event) => {
          const sel = view.state.selection
          if (event.key !== 'Enter' || !(sel instanceof NodeSelection) || !sel.node.type.name.endsWith('Ref'))
            return false
          const dom = view.nodeDOM(sel.from)
          if (dom instanceof HTMLElement) void openChip(dom)
          return true
        }
      },
      onUpdate: ({ editor: e }) => saver.schedule(() => e.getJSON() as RichDoc),
      onBlur: () => void saver.flush()
    },
    [note.id]
  )

  useEffect(() => {
    if (focusRequest.noteId === note.id) {
      focusRequest.noteId = null
      if (focusRequest.target === 'title') focusNoteTitle()
      else editor.commands.focus('end')
    }
    const dom = editor.view.dom as HTMLElement
    const popover = popoverRef.current
    const detach = popover ? attachChipInteractions(dom, popover) : () => {}
    const flush = (): void => void saver.flush()
    window.addEventListener('beforeunload', flush)
    // Someone else changed this note (undo, another window): take their version if we have nothing unsaved.
    const off = onChange((e) => {
      if (!e.kinds.includes('note')) return
      api['notes.get']({ id: note.id })
        .then((fresh) => {
          titleStore.setState({ title: fresh.title })
          const text = canonicalJson(fresh.content)
          if (text === known.current || saver.hasPending || saver.status === 'saving' || editor.isDestroyed)
            return
          known.current = text
          editor.commands.setContent(fresh.content, { emitUpdate: false })
        })
        .catch(() => {})
    })
    return () => {
      off()
      detach()
      window.removeEventListener('beforeunload', flush)
      void saver.flush()
    }
  }, [editor, note.id, saver, titleStore])

  return (
    <div className="note-editor" data-note-id={note.id}>
      <div className="note-editor__bar">
        <NoteTitle
          noteId={note.id}
          store={titleStore}
          readOnly={readOnly}
          onSubmit={() => focusText(editor)}
        />
        <SaveStatusIndicator store={statusStore} />
      </div>
      <div className="note-editor__body">
        <div className="note-editor__scroll">
          <EditorContent editor={editor} className="note-editor__content" />
          <div ref={popoverRef} id={`ref-popover-${note.id}`} className="ref-popover" role="tooltip" hidden>
            <p className="ref-popover__quote" />
            <p className="ref-popover__meta" />
          </div>
        </div>
      </div>
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
export const NoteEditor = memo(function NoteEditor({
  noteId,
  readOnly
}: {
  noteId: string
  readOnly: boolean
}) {
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
  return <NoteEditorBody key={`${note.id}:${readOnly}`} note={note} readOnly={readOnly} />
})
