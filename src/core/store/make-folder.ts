import { mkdir, rmdir, stat } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * `mkdir -p`: makes `folder` and its missing parents; returns the first folder made (undefined if it existed).
 * Throws the true reason where one cannot be made: Node's recursive mkdir reports ENOENT for a read-only file
 * system or a folder not ours to write, so a plain mkdir of the first missing folder is tried for the real error.
 */
export async function makeFolder(folder: string): Promise<string | undefined> {
  try {
    return await mkdir(folder, { recursive: true })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    let missing = folder
    while (dirname(missing) !== missing && !(await exists(dirname(missing)))) missing = dirname(missing)
    await mkdir(missing) // throws the true reason
    await rmdir(missing)
    throw err
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false
  )
