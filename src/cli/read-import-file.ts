import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { formatMegabytes, MAX_IMPORT_BYTES } from '../core/services/import/limits'
import { CliError } from './cli-error'

/**
 * The bytes of a file to import. Only a regular file is read: a FIFO, a device (`/dev/zero`) or a folder is
 * refused before any byte is read ("/dev/zero is not a regular file"), and so is a file over 50 MB. The file is
 * opened without blocking and checked through its open handle, so it cannot be swapped for a FIFO in between.
 */
export async function readImportFile(path: string): Promise<Buffer> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(`${path}: no such file`)
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`${path}: permission denied`)
    if (code === 'EISDIR') throw new CliError(`${path} is not a regular file (a folder)`)
    throw new CliError(`${path} cannot be read (${code ?? String(err)})`)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new CliError(`${path} is not a regular file${kindOf(info)}`)
    if (info.size > MAX_IMPORT_BYTES)
      throw new CliError(
        `${basename(path)} is ${formatMegabytes(info.size)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`
      )
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

function kindOf(info: {
  isDirectory(): boolean
  isFIFO(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
  isSocket(): boolean
}): string {
  if (info.isDirectory()) return ' (a folder)'
  if (info.isFIFO()) return ' (a FIFO)'
  if (info.isCharacterDevice() || info.isBlockDevice()) return ' (a device)'
  if (info.isSocket()) return ' (a socket)'
  return ''
}
