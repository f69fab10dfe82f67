import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { appendDocUpdateSync, readSavedDoc, rewriteLogSync, type SavedDoc } from '../core/sync/saved-doc-file'
import { writeFileDurably } from '../core/store/durable-json-file'

/** Document names the server accepts: workspace ids (no path separators, no leading dot). */
export const DOCUMENT_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,79}$/

/** Updates appended since a Y.Doc was last written whole may add up to this, or a quarter of it if more. */
const LOG_MIN_BYTES = 256 * 1024

/**
 * The server's persistence: per workspace id in `dir`, `<id>.ydoc` (the Y.Doc written whole, as one Yjs update) and
 * `<id>.ydoc-updates` (each update since, appended and fsynced before the server acknowledges it). The whole doc is
 * written again, off the path of any acknowledgement, once the appended updates add up to a quarter of it.
 */
export function syncServerStore(dir: string) {
  const pathsOf = (name: string) => {
    if (!DOCUMENT_NAME.test(name)) throw new Error('not a workspace id')
    const state = join(dir, `${name}.ydoc`)
    return { state, log: `${state}-updates` }
  }
  const sizes = new Map<string, { state: number; log: number; whole: boolean }>()
  const sizeOf = (name: string) => {
    let s = sizes.get(name)
    if (!s) sizes.set(name, (s = { state: 0, log: 0, whole: true }))
    return s
  }
  return {
    /** The saved doc (null: none yet). A record torn by a crash mid-append is cut off, so appends go after good ones. */
    async load(name: string): Promise<SavedDoc | null> {
      const { state, log } = pathsOf(name)
      await mkdir(dir, { recursive: true })
      const saved = await readSavedDoc(state, log)
      if (saved?.torn) rewriteLogSync(log, { from: 0, to: saved.logBytes })
      sizes.set(name, {
        state: saved?.state.length ?? 0,
        log: saved?.logBytes ?? 0,
        whole: !saved
      })
      return saved
    },
    /** Appends an update durably before returning; throws (and the next save writes the whole doc) when it cannot. */
    append(name: string, update: Uint8Array): void {
      const s = sizeOf(name)
      try {
        appendDocUpdateSync(pathsOf(name).log, update)
        s.log += update.length + 4
      } catch (err) {
        s.whole = true
        throw err
      }
    },
    /** Writes the doc whole when its log has grown (or it was never written whole), then drops what it holds from the log. */
    async compact(name: string, encodeWhole: () => Uint8Array): Promise<void> {
      const s = sizeOf(name)
      if (!s.whole && s.log <= Math.max(LOG_MIN_BYTES, s.state / 4)) return
      const { state, log } = pathsOf(name)
      const whole = encodeWhole()
      const held = s.log
      await writeFileDurably(state, whole)
      rewriteLogSync(log, { from: held })
      Object.assign(s, { state: whole.length, log: s.log - held, whole: false })
    },
    forget(name: string): void {
      sizes.delete(name)
    }
  }
}
