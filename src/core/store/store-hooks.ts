/** A file-system operation of the store, reported to StoreHooks.onOp. */
export type StoreOp = 'read' | 'write' | 'delete' | 'backup' | 'journal' | 'journal-delete' | 'restore'

/**
 * Test seams. Production code passes none. Each hook may throw to simulate a failure (or a crash) at that point.
 */
export interface StoreHooks {
  /** Called before each operation on a workspace file (relative path, e.g. `documents/a.json`). */
  onOp?: (op: StoreOp, file: string) => void | Promise<void>
  /** Called once the commit journal is durable and before any file is touched. */
  afterJournal?: () => void | Promise<void>
  /**
   * Called when the temp file of an atomic write exists, before its content is written; for the first copy of a
   * new file, `file` is its path in `.backup/` (e.g. `.backup/notes/n.json`).
   */
  onTempFile?: (file: string, tmpPath: string) => void | Promise<void>
}
