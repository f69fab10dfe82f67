import type { ChangeEvent, ProgressEvent } from './views'

/** What a shell provides to reach the core: Electron IPC in the desktop app, HTTP in browser mode. */
export interface Transport {
  invoke(op: string, input: unknown): Promise<unknown>
  /** Subscribes to change events; returns an unsubscribe function. */
  onChange(listener: (event: ChangeEvent) => void): () => void
  /** Subscribes to progress of long operations; absent where a transport has none. */
  onProgress?(listener: (event: ProgressEvent) => void): () => void
}
