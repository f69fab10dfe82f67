import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, useRef } from 'react'
import type { RichDoc } from '../../../../shared/domain'
import { noteExtensions } from '../../../../editor/note-extensions'
import { createStore } from '../../app/app-state'
import { createAutosaver, type SaveStatus } from '../notes/autosaver'
import { SaveStatusIndicator } from '../notes/save-status'
import { useFocusRequest } from './use-focus-request'

interface NoteEditorProps {
  /** The annotation the note belongs to; the editor is created once per id. */
  id: string
  note: RichDoc | null
  /** Changes when the stored note changes (e.g. after undo), to reload it when not being edited. */
  version: string
  label: string
  readOnly: boolean
  onSave(note: RichDoc | null): Promise<unknown>
}

const SAVE_DELAY = 600

/** Back to the reader's text (Escape in a note), so its keys (J, K…) work again; false when no reader shows. */
function focusReader(): boolean {
  const reader = document.querySelector<HTMLElement>('[data-view-focus]')
  reader?.focus({ preventScroll: true })
  return Boolean(reader)
}

/**
 * A rich-text note (bold, italic, lists, quotes, safe links) that saves itself 600 ms after typing stops and shows
 * whether it is saved. Escape leaves it for the reader.
 */
export function NoteEditor({ id, note, version, label, readOnly, onSave }: NoteEditorProps) {
  const saveRef = useRef(onSave)
  saveRef.current = onSave
  const statusStore = useMemo(() => createStore<{ status: SaveStatus }>({ status: 'saved' }), [])
  const saver = useMemo(
    () =>
      createAutosaver<RichDoc | null>({
        delayMs: SAVE_DELAY,
        save: async (value) => {
          if (!(await saveRef.current(value))) throw new Error('the note was not saved')
        },
        // `run` has already said why a save failed; the status shows it will be retried.
        onStatus: (status) => statusStore.setState({ status })
      }),
    // One saver per note.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id]
  )
  const editor = useEditor(
    {
      extensions: noteExtensions(),
      content: note ?? '',
      editable: !readOnly,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'note-editor__prose', 'aria-label': label, 'aria-multiline': 'true' },
        handleKeyDown: (_view, event) => {
          if (event.key !== 'Escape' || event.defaultPrevented) return false
          void saver.flush()
          return focusReader()
        }
      },
      onUpdate: ({ editor: ed }) => saver.schedule(() => (ed.isEmpty ? null : (ed.getJSON() as RichDoc))),
      onBlur: () => void saver.flush()
    },
    [id]
  )

  // Save what is typed before the editor goes away (switching selection, closing the inspector).
  useEffect(
    () => () => {
      void saver.flush()
    },
    [saver]
  )

  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isFocused || saver.hasPending) return
    const current = JSON.stringify(editor.isEmpty ? null : editor.getJSON())
    if (current !== JSON.stringify(note)) editor.commands.setContent(note ?? '', { emitUpdate: false })
    // Only a new stored version should reload the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, version])

  useEffect(() => {
    editor?.setEditable(!readOnly, false)
  }, [editor, readOnly])

  useFocusRequest('note', id, () => editor?.commands.focus('end'))

  return (
    <div className="note-editor">
      <EditorContent editor={editor} />
      {!readOnly && (
        <div className="note-editor__status">
          <SaveStatusIndicator store={statusStore} />
        </div>
      )}
    </div>
  )
}
