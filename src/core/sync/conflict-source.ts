import type { SyncConflict, SyncConflictAction } from '../../shared/api'

/**
 * One kind of sync conflict: what it lists now, and how one is resolved. SyncConflicts lists every source's and
 * sends a resolution to the source whose `prefix` starts the id.
 */
export interface ConflictSource {
  /** Starts the id of each of its conflicts (`speaker:`, `document:`). */
  readonly prefix: string
  list(): SyncConflict[]
  /** Throws an ApiError (NOT_FOUND, INVALID_INPUT) and changes nothing when it cannot. */
  resolve(id: string, action: SyncConflictAction): Promise<void>
}
