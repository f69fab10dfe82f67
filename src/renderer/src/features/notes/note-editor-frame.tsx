import { useEffect, useImperativeHandle, type ReactNode, type Ref } from 'react'
import { createPortal } from 'react-dom'
import { EditorContent, type Editor } from '@tiptap/react'
import type { LiveOwner } from '../../../../shared/api/live-editing'
import type { RichDoc } from '../../../../shared/domain'
import { describeStatement, openStatementChip, openThemeChip } from './chip-interactions'
import { searchStatements, searchThemes } from './ref-suggestions'

export interface NoteEditorHandle {
  /** Moves focus into the text at once (TipTap's focus command waits a frame, and keystrokes would be lost). */
  focus(at: 'start' | 'end'): void
}

export interface NoteEditorProps {
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
  /**
   * `page`: the Notes view's editor, filling its pane, its save status shown in `statusSlot` (the page's bar, which
   * outlives the editor: it is not remounted when the shared copy replaces the stored one). `inline`: a box with the
   * status under it.
   */
  variant: 'page' | 'inline'
  statusSlot?: HTMLElement | null
  ref?: Ref<NoteEditorHandle>
  /** May be co-edited live, as the body of this kind of entity (when the server hosts live editors). */
  live?: LiveOwner
}

export const editorAttributes = (variant: NoteEditorProps['variant'], label: string) => ({
  class: variant === 'page' ? 'note-prose' : 'note-editor__prose',
  'aria-label': label,
  'aria-multiline': 'true',
  role: 'textbox',
  spellcheck: 'true'
})

export const chipBehaviour = {
  statementRef: { items: searchStatements, open: openStatementChip, describe: describeStatement },
  themeRef: { items: searchThemes, open: openThemeChip }
}

export function useEditorHandle(
  ref: Ref<NoteEditorHandle> | undefined,
  editor: Editor,
  readOnly: boolean
): void {
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
}

/** The editor in its place: a page's body with its status in the page's bar, or an inline box with the status under it. */
export function NoteEditorFrame(props: NoteEditorProps & { editor: Editor; status: ReactNode }) {
  const { editor, status, readOnly, statusSlot } = props
  if (props.variant === 'inline')
    return (
      <div className="note-editor">
        <EditorContent editor={editor} />
        {!readOnly && <div className="note-editor__status">{status}</div>}
      </div>
    )
  return (
    <div className="note-editor__body">
      <div className="note-editor__scroll">
        <EditorContent editor={editor} className="note-editor__content" />
      </div>
      {statusSlot && createPortal(status, statusSlot)}
    </div>
  )
}
