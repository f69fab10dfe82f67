import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../core/store/durable-json-file'

/** Document names the server accepts: workspace ids (no path separators, no leading dot). */
export const DOCUMENT_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,79}$/

/** The server's persistence: one file per workspace id in `dir`, each the Y.Doc as one Yjs update. */
export function syncServerStore(dir: string) {
  const fileOf = (name: string) => {
    if (!DOCUMENT_NAME.test(name)) throw new Error('not a workspace id')
    return join(dir, `${name}.ydoc`)
  }
  return {
    async fetch(name: string): Promise<Uint8Array | null> {
      try {
        return await readFile(fileOf(name))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw err
      }
    },
    async store(name: string, state: Uint8Array): Promise<void> {
      await mkdir(dir, { recursive: true })
      await writeFileDurably(fileOf(name), state)
    }
  }
}
