import { randomBytes } from 'node:crypto'
import { renameSync } from 'node:fs'
import { lstat, mkdir, rm } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import { removeQuietly, writeFileDurably, writeTempFile } from '../../store/durable-json-file'
import { fsyncDir } from '../../store/fsync-dir'
import { mapWithConcurrency } from '../../store/map-with-concurrency'
import { checkVaultTarget, kindOf, notAnExport, previousExport, refuseSymlinkBelow } from './export-target'
import type { ExportFile, WriteExportOptions, WrittenExport } from './write-export'
import { makeFolderFor, removeMadeFolders, writeFailed } from './write-failed'

/** Files written at once into a vault. */
const CONCURRENCY = 8

/** Writes an Obsidian vault: a new one whole, then moved into place; into an existing one, file by file. */
export async function writeVault(
  out: string,
  files: readonly ExportFile[],
  opts: WriteExportOptions
): Promise<WrittenExport> {
  const target = await checkVaultTarget(out)
  const root = target.path
  for (const f of files) {
    const path = join(root, f.path)
    if (!path.startsWith(root + sep))
      throw new ApiError('INVALID_INPUT', `refusing to write outside ${out}: ${f.path}`)
  }
  // An existing folder (even empty, perhaps a mount point) is written in place; a new one beside it.
  return target.kind === 'missing'
    ? writeNewVault(out, root, files, opts)
    : mergeIntoVault(out, root, files, opts)
}

/** Writes the whole vault in a temporary sibling folder, then moves it into place. */
async function writeNewVault(
  out: string,
  root: string,
  files: readonly ExportFile[],
  opts: WriteExportOptions
): Promise<WrittenExport> {
  const parent = dirname(root)
  const created = await makeFolderFor(parent, root)
  const staging = join(parent, `.${basename(root)}.dossier-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await mkdir(staging)
    await mapWithConcurrency(files, CONCURRENCY, async (f) => {
      const path = join(staging, f.path)
      await mkdir(dirname(path), { recursive: true })
      await writeFileDurably(path, f.content, { syncDir: false, onTempFile: opts.onTempFile })
    })
    for (const folder of foldersOf(staging, files)) await fsyncDir(folder)
    // Fails (ENOTEMPTY, EEXIST) if a folder appeared there meanwhile: nothing of it is touched.
    renameSync(staging, root)
    await fsyncDir(parent)
  } catch (err) {
    await rm(staging, { recursive: true, force: true }).catch(() => {})
    await removeMadeFolders(created, parent)
    throw writeFailed(root, err, 'nothing was written')
  }
  return { out, files: files.length, mode: 'new' }
}

/** Writes every file to a temp file beside its target; only once all are written, renames them into place. */
async function mergeIntoVault(
  out: string,
  root: string,
  files: readonly ExportFile[],
  opts: WriteExportOptions
): Promise<WrittenExport> {
  const conflicts: string[] = []
  for (const f of files) {
    const path = join(root, f.path)
    await refuseSymlinkBelow(root, path)
    const st = await lstat(path).catch(() => null)
    if (!st) continue
    if (!st.isFile())
      throw new ApiError('INVALID_INPUT', `${path} is ${kindOf(st)}, where the export writes a page`)
    if (!opts.force && !(await previousExport('obsidian', path))) conflicts.push(path)
  }
  if (conflicts.length > 0) {
    const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : ''
    throw notAnExport(conflicts[0]!, `a page of a Dossier vault${more}; nothing was written`)
  }
  const made: string[] = []
  const temps: { tmp: string; path: string }[] = []
  try {
    for (const folder of new Set(files.map((f) => dirname(join(root, f.path))))) {
      const first = await mkdir(folder, { recursive: true })
      if (first) made.push(first)
    }
    await mapWithConcurrency(files, CONCURRENCY, async (f) => {
      const path = join(root, f.path)
      temps.push({ tmp: await writeTempFile(path, f.content, { onTempFile: opts.onTempFile }), path })
    })
  } catch (err) {
    for (const t of temps) removeQuietly(t.tmp)
    for (const folder of made.reverse()) await rm(folder, { recursive: true, force: true }).catch(() => {})
    throw writeFailed(root, err, 'nothing was changed')
  }
  let renamed = 0
  try {
    for (const t of temps) {
      renameSync(t.tmp, t.path)
      renamed++
    }
    for (const folder of foldersOf(root, files)) await fsyncDir(folder)
  } catch (err) {
    for (const t of temps.slice(renamed)) removeQuietly(t.tmp)
    throw writeFailed(
      root,
      err,
      `${renamed} of ${temps.length} files were replaced, the others are unchanged`
    )
  }
  return { out, files: files.length, mode: 'merged' }
}

/** Every folder that holds a file of the export, deepest first, then the root. */
function foldersOf(root: string, files: readonly ExportFile[]): string[] {
  const folders = new Set<string>()
  for (const f of files) {
    for (let d = dirname(join(root, f.path)); d.startsWith(root + sep); d = dirname(d)) folders.add(d)
  }
  return [...[...folders].sort((a, b) => b.length - a.length), root]
}
