import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import type { RichDoc } from '../../../../shared/domain'
import { noteExtensions } from '../../../../editor/note-extensions'
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

/** A rich-text note (bold, italic, lists, quotes, safe links) that saves itself 600 ms after typing stops. */
export function NoteEditor({ id, note, version, label, readOnly, onSave }: NoteEditorProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<(() => void) | null>(null)
  const saveRef = useRef(onSave)
  saveRef.current = onSave

  const editor = useEditor(
    {
      extensions: noteExtensions(),
      content: note ?? '',
      editable: !readOnly,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'note-editor__prose', 'aria-label': label, 'aria-multiline': 'true' }
      },
      onUpdate: ({ editor: ed }) => {
        if (timer.current) clearTimeout(timer.current)
        pending.current = () => {
          pending.current = null
          void saveRef.current(ed.isEmpty ? null : (ed.getJSON() as RichDoc))
        }
        timer.current = setTimeout(() => pending.current?.(), SAVE_DELAY)
      }
    },
    [id]
  )

  // Save what is typed before the editor goes away (switching selection, closing the inspector).
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
      pending.current?.()
    },
    [id]
  )

  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isFocused || pending.current) return
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
    </div>
  )
}
