import type { ChangeEvent } from './views'

/** What a shell provides to reach the core: Electron IPC in the desktop app, HTTP in browser mode. */
export interface Transport {
  invoke(op: string, input: unknown): Promise<unknown>
  /** Subscribes to change events; returns an unsubscribe function. */
  onChange(listener: (event: ChangeEvent) => void): () => void
}
