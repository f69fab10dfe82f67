import type {
  NamespaceHandlers,
  SyncConflict,
  SyncConflictAction,
  SyncConnectInput,
  SyncStatus
} from '../../shared/api'

/** What the handlers need of the live connection (LiveSync in core/sync). */
export interface SyncControl {
  status(): SyncStatus
  start(settings: SyncConnectInput): Promise<void>
  stop(): Promise<void>
  conflicts(): Promise<SyncConflict[]>
  resolveConflict(id: string, action: SyncConflictAction): Promise<SyncConflict[]>
}

/**
 * The live connection to the team server: its status, turning it on (saved beside the workspace) or off, and
 * what it could not merge silently.
 */
export function syncHandlers(live: SyncControl): NamespaceHandlers<'sync'> {
  return {
    'sync.status': async () => live.status(),
    'sync.connect': async ({ url, token }) => {
      await live.start({ url, token })
      return live.status()
    },
    'sync.disconnect': async () => {
      await live.stop()
      return live.status()
    },
    'sync.conflicts': () => live.conflicts(),
    'sync.resolveConflict': ({ id, action }) => live.resolveConflict(id, action)
  }
}
