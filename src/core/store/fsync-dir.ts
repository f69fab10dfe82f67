import { closeSync, fsync, openSync } from 'node:fs'
import { promisify } from 'node:util'

/** Error codes of platforms (Windows, some network file systems) that cannot open or fsync a directory. */
const UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'ENOTSUP'])

const fsyncFd = promisify(fsync)
const unsupported = (err: unknown) => UNSUPPORTED.has((err as NodeJS.ErrnoException).code ?? '')

/**
 * Flushes a directory's entries (new names from create/rename/unlink) to disk, so a rename survives a power loss.
 * Silently does nothing where directories cannot be fsynced. Only the fsync waits on the thread pool.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let fd: number
  try {
    fd = openSync(dir, 'r')
  } catch (err) {
    if (unsupported(err)) return
    throw err
  }
  try {
    await fsyncFd(fd)
  } catch (err) {
    if (!unsupported(err)) throw err
  } finally {
    closeSync(fd)
  }
}
