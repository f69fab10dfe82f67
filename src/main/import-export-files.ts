import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { CoreService } from '../core/core-service'
import { findWorkspaceAbove } from '../core/services/export/find-workspace-above'
import { checkExportTarget, writeExport } from '../core/services/export/write-export'
import { ApiError } from '../shared/api/errors'
import type { ExportFormat } from '../shared/api/inputs'
import type { ExportResult, ImportResult } from '../shared/api/views'

const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** Reads one file from disk and imports it through the contract (`import.file` takes the bytes, base64). */
export async function importFile(core: CoreService, path: string): Promise<ImportResult> {
  const { size } = await stat(path)
  if (size > MAX_IMPORT_BYTES)
    throw new ApiError('INVALID_INPUT', `${basename(path)} is over the 50 MB import limit.`)
  const base64 = (await readFile(path)).toString('base64')
  return (await core.dispatch('import.file', { fileName: basename(path), base64 })) as ImportResult
}

/** One line per skipped file and warning, or null when there is nothing to report. */
export function describeImport(results: ImportResult[]): string | null {
  const lines = results.flatMap((r) => [
    ...r.skipped.map((s) => `${s.fileName}: skipped (${s.reason})`),
    ...r.warnings
  ])
  return lines.length > 0 ? lines.join('\n') : null
}

/**
 * Runs a single-file export through the contract and writes it to `target` (chosen in the save dialog, which
 * asked before replacing a file): atomically, never inside a workspace (see writeExport).
 */
export async function exportToFile(core: CoreService, format: ExportFormat, target: string): Promise<void> {
  if (format === 'obsidian')
    throw new ApiError(
      'UNSUPPORTED',
      `The ${format} export is not a single file; use the command line to export it.`
    )
  const options = { format, force: true }
  await checkExportTarget(target, options)
  const result = (await core.dispatch('export.run', { format })) as ExportResult
  const file = result.files[0]
  if (result.files.length !== 1 || !file) {
    throw new ApiError(
      'UNSUPPORTED',
      `The ${format} export is not a single file; use the command line to export it.`
    )
  }
  const content = file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : (file.text ?? '')
  await writeExport(target, [{ path: file.path, content }], {
    ...options,
    suggestedName: result.suggestedName
  })
}

/** Why a download may not be saved at `path` (inside a workspace), or null. */
export function downloadRefusal(path: string): string | null {
  const workspace = findWorkspaceAbove(path)
  return workspace
    ? `Exports are not saved inside a Dossier workspace (${workspace}); choose another folder.`
    : null
}
