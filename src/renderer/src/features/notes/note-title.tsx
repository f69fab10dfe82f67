import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { api } from '../../api/api'
import type { Store } from '../../app/app-state'
import { notify } from '../../app/toast'
import { releaseTyping } from './type-ahead'

export const NOTE_TITLE_ID = 'note-title-input'

/** Focuses and selects the open note's title (the list's Rename action), and types what was typed ahead into it. */
export function focusNoteTitle(): void {
  const el = document.getElementById(NOTE_TITLE_ID) as HTMLInputElement | null
  if (!el) return
  el.focus()
  el.select()
  releaseTyping(el)
}

interface Props {
  noteId: string
  /** The title as stored; updated when the note changes elsewhere. */
  store: Store<{ title: string }>
  readOnly: boolean
  onSubmit(): void
}

/** The note's title as an editable field; renames on Enter or blur, Escape restores it. */
export function NoteTitle({ noteId, store, readOnly, onSubmit }: Props) {
  const stored = useSyncExternalStore(store.subscribe, () => store.getState().title)
  const [value, setValue] = useState(stored)
  const lastStored = useRef(stored)
  const cancelled = useRef(false)

  useEffect(() => {
    // Follow outside renames unless the user is midway through editing the field.
    setValue((v) => (v === lastStored.current ? stored : v))
    lastStored.current = stored
  }, [stored])

  const commit = async (): Promise<void> => {
    if (cancelled.current) {
      cancelled.current = false
      return
    }
    const next = value.trim()
    if (!next || next === stored) {
      setValue(stored)
      return
    }
    try {
      const n = await api['notes.update']({ id: noteId, title: next })
      store.setState({ title: n.title })
      setValue(n.title)
    } catch (err) {
      notify(`Could not rename the note: ${err instanceof Error ? err.message : String(err)}`, 'error')
      setValue(stored)
    }
  }

  return (
    <input
      id={NOTE_TITLE_ID}
      className="note-title"
      aria-label="Note title"
      value={value}
      maxLength={200}
      readOnly={readOnly}
      autoComplete="off"
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        // Both move on to the text at once (so typing goes on there); leaving the field commits (on blur).
        if (e.key === 'Enter') {
          e.preventDefault()
          onSubmit()
        } else if (e.key === 'Escape') {
          e.preventDefault()
          cancelled.current = true
          setValue(stored)
          onSubmit()
        }
      }}
    />
  )
}
