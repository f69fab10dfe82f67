import { closeSync, fsync, fsyncSync, openSync } from 'node:fs'
import { promisify } from 'node:util'

/** Error codes of platforms (Windows, some network file systems) that cannot open or fsync a directory. */
const UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'ENOTSUP'])

const fsyncFd = promisify(fsync)

function rethrowSupported(err: unknown): void {
  if (!UNSUPPORTED.has((err as NodeJS.ErrnoException).code ?? '')) throw err
}

/** The directory opened for an fsync, or null where directories cannot be opened. */
function openDir(dir: string): number | null {
  try {
    return openSync(dir, 'r')
  } catch (err) {
    rethrowSupported(err)
    return null
  }
}

/**
 * Flushes a directory's entries (new names from create/rename/unlink) to disk, so a rename survives a power loss.
 * Silently does nothing where directories cannot be fsynced. Only the fsync waits on the thread pool.
 */
export async function fsyncDir(dir: string): Promise<void> {
  const fd = openDir(dir)
  if (fd === null) return
  try {
    await fsyncFd(fd)
  } catch (err) {
    rethrowSupported(err)
  } finally {
    closeSync(fd)
  }
}

/** fsyncDir without yielding (for a write that must be durable before the caller's next step). */
export function fsyncDirSync(dir: string): void {
  const fd = openDir(dir)
  if (fd === null) return
  try {
    fsyncSync(fd)
  } catch (err) {
    rethrowSupported(err)
  } finally {
    closeSync(fd)
  }
}
