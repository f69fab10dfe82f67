import { mkdir, rmdir, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import { isPermissionError, systemErrorOf, systemErrorReason } from '../../store/system-error'

/**
 * One line: the path, the reason in a few words ("no space left on device", "permission denied", "the file
 * system is read-only"), and what state it left. Anything but a system error is a bug and passes unchanged.
 */
export function writeFailed(path: string, err: unknown, outcome: string): unknown {
  if (err instanceof ApiError || !systemErrorOf(err)) return err
  const code = isPermissionError(err) ? 'READ_ONLY' : 'IO'
  return new ApiError(code, `could not write ${path}: ${systemErrorReason(err)}; ${outcome}`)
}

/** Makes `folder` (and its parents) for `target`; returns the first folder made, to remove on failure. */
export async function makeFolder(folder: string, target: string): Promise<string | undefined> {
  try {
    return await mkdir(folder, { recursive: true })
  } catch (err) {
    throw writeFailed(target, await trueMkdirError(folder, err), 'nothing was written')
  }
}

/**
 * Node's recursive mkdir reports ENOENT where the first missing folder cannot be made (a read-only file system,
 * no permission): a plain mkdir of that folder gives the true reason.
 */
async function trueMkdirError(folder: string, err: unknown): Promise<unknown> {
  if (systemErrorOf(err)?.code !== 'ENOENT') return err
  let missing = folder
  while (dirname(missing) !== missing && !(await exists(dirname(missing)))) missing = dirname(missing)
  try {
    await mkdir(missing)
    await rmdir(missing)
    return err
  } catch (plain) {
    return plain
  }
}

const exists = (path: string) =>
  stat(path)
    .then(() => true)
    .catch(() => false)

/** Removes the folders made for a write that failed, from `deepest` up to `first`, if they are empty. */
export async function removeMadeFolders(first: string | undefined, deepest: string): Promise<void> {
  if (!first) return
  for (let folder = deepest; folder.startsWith(first); folder = dirname(folder)) {
    const removed = await rmdir(folder)
      .then(() => true)
      .catch(() => false)
    if (!removed) return
  }
}
