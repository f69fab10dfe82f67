import { lstat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from './durable-json-file'
import { backupFile, backupPathOf } from './file-backup'
import type { FileKey } from './files'
import type { CheckedWrite } from './store-data'
import { StoreError, ioError } from './store-error'
import type { StoreHooks } from './store-hooks'
import type { MigrationContext } from './migrations'
import { checkFileData } from './validate-file'

/**
 * Copies `.backup/<key>` back over `<key>` atomically, after checking that the backup is valid. What it replaces
 * (e.g. the damaged file) is kept as `.backup/<key>.replaced`. Returns the restored content. The caller holds the
 * workspace lock.
 */
export async function restoreFromBackup(
  dir: string,
  key: FileKey,
  hooks?: StoreHooks,
  context?: MigrationContext
): Promise<CheckedWrite> {
  const backupPath = backupPathOf(dir, key)
  let text: string
  try {
    // Never read a FIFO or a device (it could block forever) or a folder.
    const st = await lstat(backupPath)
    if (!st.isFile())
      throw new StoreError('NO_BACKUP', `the backup of ${key} in workspace ${dir} is not a regular file`)
    text = await readFile(backupPath, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new StoreError('NO_BACKUP', `there is no backup of ${key} in workspace ${dir}`)
    }
    throw ioError(`could not read the backup of ${key} in workspace ${dir}`, err) // passes a StoreError on
  }
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (err) {
    const reason = `not valid JSON: ${(err as Error).message}`
    throw new StoreError('NO_BACKUP', `the backup of ${key} in workspace ${dir} is not usable (${reason})`)
  }
  const checked = checkFileData(key, raw, { migrate: true, context })
  if (!checked.ok) {
    throw new StoreError(
      'NO_BACKUP',
      `the backup of ${key} in workspace ${dir} is not usable (${checked.reason})`
    )
  }
  try {
    await hooks?.onOp?.('restore', key)
    await backupFile(dir, key, `${backupPath}.replaced`)
    await writeFileDurably(join(dir, key), text)
  } catch (err) {
    throw ioError(`could not restore ${key} in workspace ${dir}`, err)
  }
  return { key, kind: checked.kind, id: checked.id, data: checked.data }
}
