import { dirname, resolve } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import { writeFileDurably } from '../../store/durable-json-file'
import { fsyncDir } from '../../store/fsync-dir'
import { checkFileTarget, type ExportTargetOptions } from './export-target'
import { writeVault } from './write-vault'
import { makeFolderFor, removeMadeFolders, writeFailed } from './write-failed'

export { checkExportTarget } from './export-target'

export interface ExportFile {
  /** Relative to the vault for obsidian; ignored for the single-file formats. */
  path: string
  content: string | Uint8Array
}

export interface WriteExportOptions extends ExportTargetOptions {
  /** Test seam: called as each temp file is made, before its content is written; throwing fails the write. */
  onTempFile?: (tmpPath: string) => void | Promise<void>
}

export interface WrittenExport {
  /** Where it was written: `out`, made absolute. */
  out: string
  files: number
  /** obsidian: `new` when the vault was written whole and moved into place, `merged` into an existing one. */
  mode: 'file' | 'new' | 'merged'
}

/**
 * Writes an export to `out` (a file; a folder for obsidian) so that nothing is ever destroyed:
 * - refused inside any Dossier workspace (symbolic links resolved first);
 * - an existing file is replaced only if it is an earlier export of the same format, or with `force`;
 *   never a folder, FIFO or device;
 * - a file goes to a synced temp file beside its target and is renamed over it once complete: a failure (disk
 *   full, read-only) removes the temp file and leaves the previous file as it was;
 * - a new vault is written whole into a temporary sibling folder, then moved into place; into an existing vault,
 *   every file is first written to a temp file beside its target, and only once all are written are they renamed
 *   into place. No other file of the vault is touched or deleted.
 * Throws an ApiError whose message is one line naming the path and the reason.
 */
export async function writeExport(
  out: string,
  files: readonly ExportFile[],
  opts: WriteExportOptions
): Promise<WrittenExport> {
  out = resolve(out)
  if (opts.format !== 'obsidian') {
    if (files.length !== 1) throw new ApiError('UNSUPPORTED', `the ${opts.format} export is not one file`)
    return writeOneFile(out, files[0]!.content, opts)
  }
  return writeVault(out, files, opts)
}

async function writeOneFile(
  out: string,
  content: string | Uint8Array,
  opts: WriteExportOptions
): Promise<WrittenExport> {
  const target = await checkFileTarget(out, opts)
  const folder = dirname(target.path)
  const created = await makeFolderFor(folder, target.path)
  try {
    await writeFileDurably(target.path, content, { syncDir: false, onTempFile: opts.onTempFile })
  } catch (err) {
    await removeMadeFolders(created, folder)
    const outcome = target.kind === 'file' ? 'the previous file is unchanged' : 'nothing was written'
    throw writeFailed(target.path, err, outcome)
  }
  try {
    await fsyncDir(folder)
  } catch (err) {
    throw writeFailed(target.path, err, 'the file was written but may not survive a power loss')
  }
  return { out, files: 1, mode: 'file' }
}
