import type * as Y from 'yjs'
import type { ChangeEvent, ProgressEvent } from '../shared/api'

/**
 * The transport-free entry point of the core: every shell (Electron IPC, the HTTP server, the CLI) calls
 * `dispatch` with an operation name and raw input; the core validates, runs, and returns the output or throws
 * an ApiError.
 */
export interface CoreService {
  readonly dir: string
  dispatch(op: string, input: unknown): Promise<unknown>
  onChange(listener: (event: ChangeEvent) => void): () => void
  onProgress(listener: (event: ProgressEvent) => void): () => void
  close(): Promise<void>
  /**
   * The workspace's team Y.Doc while it has one (team sync is on), whose note bodies live editors share; null
   * while it has none. A core without it never co-edits live.
   */
  liveDoc?(): Y.Doc | null
}
