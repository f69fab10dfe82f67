import { useEffect, useImperativeHandle, useMemo, useRef, type ReactNode, type Ref } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import type { RichDoc } from '../../../../shared/domain'
import { noteExtensions } from '../../../../editor/note-extensions'
import { createStore } from '../../app/app-state'
import { createAutosaver, type SaveStatus } from './autosaver'
import { describeStatement, openStatementChip, openThemeChip } from './chip-interactions'
import { searchStatements, searchThemes } from './ref-suggestions'
import { canonicalJson } from './same-doc'
import { SaveStatusIndicator } from './save-status'
import { useThemeChipColors } from './theme-chip-colors'
import './ref-chips.css'

const AUTOSAVE_MS = 600

export interface NoteEditorHandle {
  /** Moves focus into the text at once (TipTap's focus command waits a frame, and keystrokes would be lost). */
  focus(at: 'start' | 'end'): void
}

interface NoteEditorProps {
  /** The id of what the note belongs to. The editor, its history and autosaver live as long as the component: key it by this id. */
  id: string
  content: RichDoc | null
  /** Changes whenever the stored note does: a version the editor did not save replaces the text, unless it has unsaved edits. */
  version: string
  label: string
  readOnly: boolean
  /** Stores the note; resolves false when it could not (having said why), and the autosaver retries. */
  save(content: RichDoc | null): Promise<boolean>
  /** An empty note is stored as null (an annotation without a note) rather than an empty document. */
  emptyIsNull?: boolean
  /** Where Escape takes the keyboard; returns false when there is nowhere to go. */
  onEscape?: () => boolean
  /** `page`: the Notes view's editor, filling its pane, with `title` and the save status in a bar above and `hint` below. `inline`: a box with the status under it. */
  variant: 'page' | 'inline'
  title?: ReactNode
  hint?: ReactNode
  ref?: Ref<NoteEditorHandle>
}

/**
 * A rich-text note (headings, lists, quotes, safe links) with statement and theme chips: `@` or `[[` cites a
 * statement, `#` a theme, a click on a chip opens it and hovering a statement chip shows its quote. It saves itself
 * 600 ms after typing stops, on blur and before the window closes, and says whether it is saved.
 */
export function NoteEditor(props: NoteEditorProps) {
  const { id, content, version, label, readOnly, emptyIsNull = false, variant, ref } = props
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
        statementRef: { items: searchStatements, open: openStatementChip, describe: describeStatement },
        themeRef: { items: searchThemes, open: openThemeChip },
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
      editorProps: {
        attributes: {
          class: variant === 'page' ? 'note-prose' : 'note-editor__prose',
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true'
        }
      },
      onUpdate: ({ editor: e }) =>
        saver.schedule(() => (emptyIsNull && e.isEmpty ? null : (e.getJSON() as RichDoc))),
      onBlur: () => void saver.flush()
    },
    []
  )

  useImperativeHandle(
    ref,
    () => ({
      focus: (at) => {
        editor.view.focus()
        editor.commands.focus(at)
      }
    }),
    [editor]
  )

  useEffect(() => {
    editor.setEditable(!readOnly, false)
  }, [editor, readOnly])

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

  const status = <SaveStatusIndicator store={statusStore} />
  if (variant === 'inline')
    return (
      <div className="note-editor">
        <EditorContent editor={editor} />
        {!readOnly && <div className="note-editor__status">{status}</div>}
      </div>
    )
  return (
    <div className="note-editor" data-note-id={id}>
      <div className="note-editor__bar">
        {props.title}
        {status}
      </div>
      <div className="note-editor__body">
        <div className="note-editor__scroll">
          <EditorContent editor={editor} className="note-editor__content" />
        </div>
      </div>
      {props.hint && <p className="note-editor__hint">{props.hint}</p>}
    </div>
  )
}
