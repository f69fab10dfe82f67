import type { Stats } from 'node:fs'
import { lstat, realpath, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import type { ExportFormat } from '../../../shared/api/inputs'
import { systemErrorOf } from '../../store/system-error'
import { findWorkspaceAbove } from './find-workspace-above'
import { isPreviousExport } from './previous-export'
import { writeFailed } from './write-failed'

export interface ExportTargetOptions {
  format: ExportFormat
  /** Replace existing files that are not earlier exports of this format. */
  force?: boolean
  /** The export's own name, to suggest a file name when `out` is a folder. */
  suggestedName?: string
}

export interface Target {
  /** `out`, or the real path of what it links to. */
  path: string
  kind: 'missing' | 'file' | 'folder'
}

/**
 * Checks, before an export is run, that it may be written to `out` (see writeExport); the write checks again.
 * For obsidian, the pages that would be replaced are checked at write time, once their names are known.
 */
export async function checkExportTarget(out: string, opts: ExportTargetOptions): Promise<void> {
  out = resolve(out)
  await (opts.format === 'obsidian' ? checkVaultTarget(out) : checkFileTarget(out, opts))
}

/** Where a single-file export goes: not in a workspace, not a folder, and an earlier export unless forced. */
export async function checkFileTarget(out: string, opts: ExportTargetOptions): Promise<Target> {
  const target = await existingTarget(out)
  await refuseInsideWorkspace(target.path)
  if (target.kind === 'folder') {
    const example = opts.suggestedName ? `, e.g. ${join(out, opts.suggestedName)}` : ''
    throw new ApiError('INVALID_INPUT', `${out} is a folder; give the name of a file to write${example}`)
  }
  if (target.kind === 'file' && !opts.force && !(await previousExport(opts.format, target.path)))
    throw notAnExport(target.path, `a Dossier ${opts.format} export`)
  return target
}

/** Where a vault goes: not in a workspace, not a file. */
export async function checkVaultTarget(out: string): Promise<Target> {
  const target = await existingTarget(out)
  await refuseInsideWorkspace(target.path)
  if (target.kind === 'file')
    throw new ApiError('INVALID_INPUT', `${out} is a file; the obsidian export writes a folder`)
  return target
}

/** What is at `out` now, following a symbolic link to what it points to (its real path). */
async function existingTarget(out: string): Promise<Target> {
  let st = await lstat(out).catch((err: unknown) => {
    if (systemErrorOf(err)?.code === 'ENOENT') return null
    throw writeFailed(out, err, 'nothing was written')
  })
  if (!st) return { path: out, kind: 'missing' }
  let path = out
  if (st.isSymbolicLink()) {
    try {
      path = await realpath(out)
      st = await stat(path)
    } catch {
      throw new ApiError(
        'INVALID_INPUT',
        `${out} is a symbolic link to nothing that exists; nothing was written`
      )
    }
  }
  if (st.isDirectory()) return { path, kind: 'folder' }
  if (!st.isFile())
    throw new ApiError('INVALID_INPUT', `${out} is ${kindOf(st)}, not a regular file; nothing was written`)
  return { path, kind: 'file' }
}

/** Whether an existing file may be replaced; a file that cannot be read says why in one line. */
export async function previousExport(format: ExportFormat, path: string): Promise<boolean> {
  try {
    return await isPreviousExport(format, path)
  } catch (err) {
    throw writeFailed(path, err, 'nothing was written')
  }
}

/** An export never goes into a workspace folder (this one or another), at any depth. */
async function refuseInsideWorkspace(path: string): Promise<void> {
  const workspace = findWorkspaceAbove(path)
  if (workspace) throw new ApiError('INVALID_INPUT', `refusing to write inside the workspace at ${workspace}`)
}

/** A symbolic link inside the vault (a folder or the file itself) could lead the write anywhere. */
export async function refuseSymlinkBelow(root: string, target: string): Promise<void> {
  let path = root
  for (const part of relative(root, target).split(sep)) {
    path = join(path, part)
    const st = await lstat(path).catch(() => null)
    if (!st) return
    if (st.isSymbolicLink())
      throw new ApiError('INVALID_INPUT', `refusing to write ${target}: ${path} is a symbolic link`)
  }
}

/** "a folder", "a FIFO (named pipe)", "a device"…: what a path that is not a regular file is. */
export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device'
  if (st.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

export function notAnExport(path: string, what: string): ApiError {
  return new ApiError(
    'CONFLICT',
    `${path} exists and is not ${what}; choose another name, or use --force to replace it`
  )
}
