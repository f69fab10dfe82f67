import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { CoreService } from '../core/core-service'
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

/** Runs a single-file export through the contract and writes it to `target`. */
export async function exportToFile(core: CoreService, format: ExportFormat, target: string): Promise<void> {
  const result = (await core.dispatch('export.run', { format })) as ExportResult
  const file = result.files[0]
  if (result.files.length !== 1 || !file) {
    throw new ApiError(
      'UNSUPPORTED',
      `The ${format} export is not a single file; use the command line to export it.`
    )
  }
  await writeFile(target, file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : (file.text ?? ''))
}
