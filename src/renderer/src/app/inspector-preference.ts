import type { AppState, InspectorPreference, Store } from './app-state'

const KEY = 'dossier.inspector'
const VALUES: readonly InspectorPreference[] = ['auto', 'open', 'closed']

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/** Loads the remembered inspector choice into the store, then remembers every change of it. */
export function persistInspectorPreference(store: Store<AppState>, storage: KeyValueStorage): () => void {
  try {
    const saved = storage.getItem(KEY)
    const value = VALUES.find((v) => v === saved)
    if (value) store.setState({ inspector: value })
  } catch {
    // No storage: start with the default.
  }
  let last = store.getState().inspector
  return store.subscribe(() => {
    const now = store.getState().inspector
    if (now === last) return
    last = now
    try {
      storage.setItem(KEY, now)
    } catch {
      // Not remembered; the choice still holds for this window.
    }
  })
}
