import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { SyncConnectInput } from '../../shared/api/sync'
import { fsyncDir } from '../store/fsync-dir'
import { SYNC_DIR } from './sync-state-file'

const SETTINGS_FILE = 'settings.json'

/** The team server this workspace keeps a live connection to, and its token. */
export type SyncSettings = z.infer<typeof SyncConnectInput>

export const syncSettingsPath = (workspaceDir: string): string => join(workspaceDir, SYNC_DIR, SETTINGS_FILE)

/**
 * The saved server and token, or null when live sync is off. Kept in <workspace>/sync/ (which no export or
 * backup includes), readable by this user only; a damaged file reads as off.
 */
export async function readSyncSettings(workspaceDir: string): Promise<SyncSettings | null> {
  let text: string
  try {
    text = await readFile(syncSettingsPath(workspaceDir), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  try {
    return SyncConnectInput.parse(JSON.parse(text))
  } catch {
    return null
  }
}

/** Saves crash-safely; the temp file is created with mode 0600, so the token is never readable by others. */
export async function writeSyncSettings(workspaceDir: string, settings: SyncSettings): Promise<void> {
  const dir = join(workspaceDir, SYNC_DIR)
  await mkdir(dir, { recursive: true })
  const file = syncSettingsPath(workspaceDir)
  const tmp = `${file}.${randomBytes(6).toString('hex')}`
  const handle = await open(tmp, 'wx', 0o600)
  try {
    await handle.writeFile(JSON.stringify(settings) + '\n')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(tmp, file)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
  await fsyncDir(dir)
}

export const removeSyncSettings = (workspaceDir: string): Promise<void> =>
  rm(syncSettingsPath(workspaceDir), { force: true })
