import { z } from 'zod'
import { IsoDateTime } from '../domain'
import { SYNC_URL } from './sync-url'

export { SYNC_URL }

export const SyncState = z.enum(['off', 'connecting', 'connected', 'syncing', 'offline'])
export type SyncState = z.infer<typeof SyncState>

/** The live connection to the team server, as the top bar shows it. */
export const SyncStatus = z.object({
  /** off: not syncing; connecting: first attempt; connected: both sides hold the same; syncing: exchanging. */
  state: SyncState,
  /** Edits made here that the server has not acknowledged yet (kept across restarts). */
  pendingChanges: z.number().int().nonnegative(),
  /** When the connection was lost (or first failed); set only while offline. */
  offlineSince: IsoDateTime.optional(),
  /** The server's address (never the token). */
  server: z.string().optional(),
  /** Why the server refuses this workspace (a wrong token): it is not retried until connected again. */
  error: z.string().optional(),
  /** What team sync could not merge silently and waits for the analyst (see sync.conflicts); absent when none. */
  conflicts: z.number().int().positive().optional()
})
export type SyncStatus = z.infer<typeof SyncStatus>

export const SyncConnectInput = z.strictObject({
  url: z
    .string()
    .trim()
    .regex(SYNC_URL, 'the server must look like ws://HOST:PORT or wss://HOST:PORT')
    .transform((u) => u.replace(/\/$/, '')),
  token: z.string().trim().min(16, 'a team token has at least 16 characters').max(512)
})
export type SyncConnectInput = z.infer<typeof SyncConnectInput>
