import { rmdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import { makeFolder } from '../../store/make-folder'
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
export async function makeFolderFor(folder: string, target: string): Promise<string | undefined> {
  try {
    return await makeFolder(folder)
  } catch (err) {
    throw writeFailed(target, err, 'nothing was written')
  }
}

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
