import { useSyncExternalStore } from 'react'
import type { Store } from '../../app/app-state'
import type { SaveStatus } from './autosaver'

const LABEL: Record<SaveStatus, string> = {
  saved: 'Saved',
  dirty: 'Edited',
  saving: 'Saving…',
  error: 'Not saved — will retry'
}

/** The note's save state; subscribes on its own so typing never re-renders the editor. */
export function SaveStatusIndicator({ store }: { store: Store<{ status: SaveStatus }> }) {
  const status = useSyncExternalStore(store.subscribe, () => store.getState().status)
  return (
    <span className={`note-save note-save--${status}`} role="status" aria-live="polite">
      {LABEL[status]}
    </span>
  )
}
