import { open } from 'node:fs/promises'

/** Error codes of platforms (Windows, some network file systems) that cannot open or fsync a directory. */
const UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'ENOTSUP'])

/**
 * Flushes a directory's entries (new names from create/rename/unlink) to disk, so a rename survives a power loss.
 * Silently does nothing where directories cannot be fsynced.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (err) {
    if (!UNSUPPORTED.has((err as NodeJS.ErrnoException).code ?? '')) throw err
  } finally {
    await handle?.close()
  }
}
