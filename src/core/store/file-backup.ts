import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { copyFile, open } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { writeTempFile } from './durable-json-file'

/** The folder that holds the last good copy of each file, under the same relative path. */
export const BACKUP_DIR = '.backup'

export const backupPathOf = (dir: string, file: string): string => join(dir, BACKUP_DIR, file)

const codeOf = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code

/**
 * Keeps the current content of `dir/file` as `.backup/file` at O(1) cost: hard-links the live file to
 * `.backup/file.tmp` and renames that over `.backup/file`. An atomic write replaces the live file with a new
 * inode, so the link keeps the old content. Falls back to a (synced) copy where hard links are not supported.
 * Returns false when the live file does not exist (nothing to keep). Does not fsync the backup folder.
 */
export async function backupFile(
  dir: string,
  file: string,
  into = backupPathOf(dir, file)
): Promise<boolean> {
  const source = join(dir, file)
  const tmp = `${into}.tmp`
  let kept = await linkOrCopy(source, tmp)
  if (!kept) {
    // ENOENT: the live file is missing, or the backup folder is. Create the folder and try once more.
    mkdirSync(dirname(into), { recursive: true })
    kept = await linkOrCopy(source, tmp)
  }
  if (kept) renameSync(tmp, into)
  return kept
}

/** Links (or else copies) source to target; false when source does not exist. Links are made directly: quick. */
async function linkOrCopy(source: string, target: string, retry = true): Promise<boolean> {
  try {
    linkSync(source, target)
    return true
  } catch (err) {
    const code = codeOf(err)
    if (code === 'ENOENT') return false
    if (code === 'EEXIST' && retry) {
      rmSync(target, { force: true }) // left by an interrupted backup
      return linkOrCopy(source, target, false)
    }
    return copyDurably(source, target)
  }
}

async function copyDurably(source: string, target: string): Promise<boolean> {
  try {
    await copyFile(source, target)
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return false
    throw err
  }
  const handle = await open(target, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}

/** A first copy ready to be renamed into `.backup/` once the live file is in place. */
export interface PendingFirstCopy {
  tmp: string
  into: string
}

/**
 * For a file written for the first time (no live file to link): writes its content, synced, to a temp file in
 * `.backup/`, to be renamed to `.backup/<file>` once the live file is written — so a file has a last good copy
 * from its first write. It is a file of its own, never a link to the live one, so damage done to the live file in
 * place cannot reach it. Returns null when a backup already exists (of a file that went missing, say: that copy
 * is the one to keep).
 */
export async function prepareFirstCopy(
  dir: string,
  file: string,
  content: string,
  onTempFile?: (tmpPath: string) => void | Promise<void>
): Promise<PendingFirstCopy | null> {
  const into = backupPathOf(dir, file)
  if (existsSync(into)) return null
  mkdirSync(dirname(into), { recursive: true })
  return { tmp: await writeTempFile(into, content, { onTempFile }), into }
}
