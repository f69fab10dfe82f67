import { useRef } from 'react'
import type { Annotation } from '../../../../shared/domain'
import { run } from '../../api'
import { NoteEditor, type NoteEditorHandle } from '../notes/note-editor'
import { useFocusRequest } from './use-focus-request'

/** Back to the reader's text (Escape in a note), so its keys (J, K…) work again; false when no reader shows. */
function focusReader(): boolean {
  const reader = document.querySelector<HTMLElement>('[data-view-focus]')
  reader?.focus({ preventScroll: true })
  return Boolean(reader)
}

/** A highlight's note, edited where it is shown (co-edited live when the server hosts it); Escape leaves it for the reader. */
export function AnnotationNote({ annotation: a, readOnly }: { annotation: Annotation; readOnly: boolean }) {
  const editor = useRef<NoteEditorHandle>(null)
  useFocusRequest('note', a.id, () => editor.current?.focus('end'))
  return (
    <NoteEditor
      key={a.id}
      ref={editor}
      variant="inline"
      id={a.id}
      live="annotations"
      content={a.note}
      version={a.updatedAt}
      label={`Note on “${a.quote.exact.slice(0, 60)}”`}
      readOnly={readOnly}
      emptyIsNull
      save={async (note) => Boolean(await run('annotations.update', { id: a.id, note }))}
      onEscape={focusReader}
    />
  )
}
