import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { useEditor } from '@tiptap/react'
import type { RichDoc } from '../../../../shared/domain'
import { noteExtensions } from '../../../../editor/note-extensions'
import { liveEditing } from '../../api/api'
import { createStore } from '../../app/app-state'
import { createAutosaver, type SaveStatus } from './autosaver'
import { LiveNoteEditor } from './live-note-editor'
import {
  chipBehaviour,
  editorAttributes,
  NoteEditorFrame,
  useEditorHandle,
  type NoteEditorProps
} from './note-editor-frame'
import { canonicalJson } from './same-doc'
import { SaveStatusIndicator } from './save-status'
import { useThemeChipColors } from './theme-chip-colors'
import './ref-chips.css'

export type { NoteEditorHandle } from './note-editor-frame'

const AUTOSAVE_MS = 600

/**
 * A rich-text note (headings, lists, quotes, safe links) with statement and theme chips: `@` or `[[` cites a
 * statement, `#` a theme, a click on a chip opens it and hovering a statement chip shows its quote. It saves itself
 * 600 ms after typing stops, on blur and before the window closes, and says whether it is saved. When the server
 * hosts live editors and the note may be co-edited (`live`), it edits the shared copy instead, showing the other
 * editors' carets.
 */
export function NoteEditor(props: NoteEditorProps) {
  const on = useSyncExternalStore(liveEditing.subscribe, () => liveEditing.getState().on)
  return on && props.live ? (
    <LiveNoteEditor {...props} owner={props.live} Saved={SavedNoteEditor} />
  ) : (
    <SavedNoteEditor {...props} />
  )
}

/** The note as stored, saved by the autosaver. */
function SavedNoteEditor(props: NoteEditorProps) {
  const { content, version, label, readOnly, emptyIsNull = false, variant, ref } = props
  const latest = useRef(props)
  latest.current = props
  const known = useRef(canonicalJson(content))
  const statusStore = useMemo(() => createStore<{ status: SaveStatus }>({ status: 'saved' }), [])
  const saver = useMemo(
    () =>
      createAutosaver<RichDoc | null>({
        delayMs: AUTOSAVE_MS,
        save: async (value) => {
          if (!(await latest.current.save(value))) throw new Error('the note was not saved')
          known.current = canonicalJson(value)
        },
        // `save` has already said why a save failed; the status shows it will be retried.
        onStatus: (status) => statusStore.setState({ status })
      }),
    [statusStore]
  )
  const extensions = useMemo(
    () =>
      noteExtensions({
        ...chipBehaviour,
        leaveOnEscape: {
          leave: () => {
            void saver.flush()
            return latest.current.onEscape?.() ?? false
          }
        }
      }),
    [saver]
  )
  useThemeChipColors()

  const editor = useEditor(
    {
      extensions,
      content: content ?? '',
      editable: !readOnly,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: editorAttributes(variant, label) },
      onUpdate: ({ editor: e }) =>
        saver.schedule(() => (emptyIsNull && e.isEmpty ? null : (e.getJSON() as RichDoc))),
      onBlur: () => void saver.flush()
    },
    []
  )

  useEditorHandle(ref, editor, readOnly)

  // A version saved elsewhere (undo, another window) replaces the text, unless the text has edits of its own.
  useEffect(() => {
    const text = canonicalJson(content)
    if (text === known.current || saver.hasPending || saver.status === 'saving' || editor.isDestroyed) return
    known.current = text
    editor.commands.setContent(content ?? '', { emitUpdate: false })
    // Only a new stored version reloads the text, not every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, version])

  useEffect(() => {
    const flush = (): void => void saver.flush()
    window.addEventListener('beforeunload', flush)
    return () => {
      window.removeEventListener('beforeunload', flush)
      flush()
    }
  }, [saver])

  return <NoteEditorFrame {...props} editor={editor} status={<SaveStatusIndicator store={statusStore} />} />
}
