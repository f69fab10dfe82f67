import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { writeFileDurably } from '../store/durable-json-file'
import { appendDocUpdate, readSavedDoc, writeWholeDoc, type SavedDoc } from './saved-doc-file'

/** Team sync's folder beside the workspace's files (the store ignores it). */
export const SYNC_DIR = 'sync'
const STATE_FILE = 'state.bin'

export const syncStatePath = (workspaceDir: string): string => join(workspaceDir, SYNC_DIR, STATE_FILE)

/** Updates saved since the state was last written whole, each appended to this file. */
const LOG_FILE = 'updates.bin'
const logPath = (workspaceDir: string) => join(workspaceDir, SYNC_DIR, LOG_FILE)

/** The Y.Doc as last saved, or null when this workspace has never synced. */
export const readSavedSync = (workspaceDir: string): Promise<SavedDoc | null> =>
  readSavedDoc(syncStatePath(workspaceDir), logPath(workspaceDir))

/** The Y.Doc as last saved, as one Yjs update, or null when this workspace has never synced. */
export async function readSyncState(workspaceDir: string): Promise<Uint8Array | null> {
  const saved = await readSavedSync(workspaceDir)
  if (!saved) return null
  return saved.updates.length ? Y.mergeUpdates([saved.state, ...saved.updates]) : saved.state
}

/** Saves the whole Y.Doc crash-safely, replacing the updates appended since it was last written whole. */
export const writeSyncState = (workspaceDir: string, update: Uint8Array): Promise<void> =>
  writeWholeDoc(syncStatePath(workspaceDir), logPath(workspaceDir), update)

/** Saves an update made since the Y.Doc was written whole (appended and fsynced). */
export const appendSyncUpdate = (workspaceDir: string, update: Uint8Array): Promise<void> =>
  appendDocUpdate(logPath(workspaceDir), update)

const PENDING_FILE = 'pending.json'

/** How many local edits the server had not acknowledged when last saved (0 when never saved or unreadable). */
export async function readPendingCount(workspaceDir: string): Promise<number> {
  try {
    const n: unknown = JSON.parse(await readFile(join(workspaceDir, SYNC_DIR, PENDING_FILE), 'utf8'))
    return Number.isSafeInteger(n) && (n as number) > 0 ? (n as number) : 0
  } catch {
    return 0
  }
}

export async function writePendingCount(workspaceDir: string, n: number): Promise<void> {
  await mkdir(join(workspaceDir, SYNC_DIR), { recursive: true })
  await writeFileDurably(join(workspaceDir, SYNC_DIR, PENDING_FILE), `${n}\n`)
}

const JOINED_FILE = 'joined'

/**
 * Whether this workspace has taken the team's copy once (its first exchange with a server): until then its
 * entities are not offered as edits, so a teammate's copy never overrides what the team changed since.
 */
export async function readJoined(workspaceDir: string): Promise<boolean> {
  try {
    await readFile(join(workspaceDir, SYNC_DIR, JOINED_FILE))
    return true
  } catch {
    return false
  }
}

export async function writeJoined(workspaceDir: string): Promise<void> {
  await mkdir(join(workspaceDir, SYNC_DIR), { recursive: true })
  await writeFileDurably(join(workspaceDir, SYNC_DIR, JOINED_FILE), `${new Date().toISOString()}\n`)
}
