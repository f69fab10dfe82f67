import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../store/durable-json-file'

/** Team sync's folder beside the workspace's files (the store ignores it). */
export const SYNC_DIR = 'sync'
const STATE_FILE = 'state.bin'

export const syncStatePath = (workspaceDir: string): string => join(workspaceDir, SYNC_DIR, STATE_FILE)

/** The Y.Doc as last saved (a Yjs update), or null when this workspace has never synced. */
export async function readSyncState(workspaceDir: string): Promise<Uint8Array | null> {
  try {
    return await readFile(syncStatePath(workspaceDir))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/** Saves the Y.Doc crash-safely (temp file, fsync, rename, fsync of the folder). */
export async function writeSyncState(workspaceDir: string, update: Uint8Array): Promise<void> {
  await mkdir(join(workspaceDir, SYNC_DIR), { recursive: true })
  await writeFileDurably(syncStatePath(workspaceDir), update)
}
