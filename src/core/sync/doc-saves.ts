import * as Y from 'yjs'
import type { SavedDoc } from './saved-doc-file'

/** Updates appended since a Y.Doc was last written whole may add up to this, or a quarter of it if more. */
const LOG_MIN_BYTES = 256 * 1024

/** One save: the whole doc, or the updates since the last save merged into one to append. */
export type SaveStep = { whole: Uint8Array } | { append: Uint8Array }

/**
 * What each save of a Y.Doc writes. Encoding a big workspace's whole Y.Doc takes seconds, so what changed since the
 * last save is appended, and the whole is written again only once those updates add up to a quarter of it (or
 * when the saved copy is missing, damaged or was cut short).
 */
export class DocSaves {
  private updates: Uint8Array[] = []
  private whole = true
  private stateBytes = 0
  private logBytes = 0

  /** The doc was loaded from `saved` (null: nothing saved yet, or it could not be read). */
  loaded(saved: SavedDoc | null): void {
    this.updates = []
    this.whole = !saved || saved.torn
    this.stateBytes = saved?.state.length ?? 0
    this.logBytes = saved?.logBytes ?? 0
  }

  /** An update to the doc, to save. */
  changed(update: Uint8Array): void {
    this.updates.push(update)
  }

  /** There is something to write. */
  get pending(): boolean {
    return this.whole || this.updates.length > 0
  }

  /** What to write now (`encodeWhole` is called only when the whole doc is), or null when nothing changed. */
  next(encodeWhole: () => Uint8Array): SaveStep | null {
    const updates = this.updates
    this.updates = []
    const bytes = updates.reduce((n, u) => n + u.length, 0)
    if (this.whole || this.logBytes + bytes > Math.max(LOG_MIN_BYTES, this.stateBytes / 4)) {
      const state = encodeWhole()
      this.whole = false
      this.stateBytes = state.length
      this.logBytes = 0
      return { whole: state }
    }
    if (updates.length === 0) return null
    const update = updates.length > 1 ? Y.mergeUpdates(updates) : updates[0]!
    this.logBytes += update.length + 4
    return { append: update }
  }

  /** The last write failed: the next one writes the whole doc. */
  failed(): void {
    this.whole = true
  }
}
