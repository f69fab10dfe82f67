import type { z } from 'zod'
import type { WorkspaceSnapshot } from '../../shared/domain'
import { ApiError, type ExportInput, type ExportResult } from '../../shared/api'
import { runExport } from '../services/export'

/** Runs an exporter and puts its files in the contract's shape: text as text, binary as base64. */
export function runExportToResult(
  snapshot: WorkspaceSnapshot,
  input: z.infer<typeof ExportInput>
): ExportResult {
  let out: ReturnType<typeof runExport>
  try {
    out = runExport(input.format, snapshot, {
      scope: { themeId: input.themeId, documentId: input.documentId },
      csvRows: input.rows
    })
  } catch (err) {
    const name = (err as Error)?.name
    if (name === 'ExportScopeError' || name === 'EmptyCodebookError')
      throw new ApiError('INVALID_INPUT', (err as Error).message)
    throw err
  }
  return {
    suggestedName: out.suggestedName,
    mediaType: out.mediaType,
    files: [...out.files].map(([path, content]) =>
      typeof content === 'string'
        ? { path, text: content }
        : { path, base64: Buffer.from(content).toString('base64') }
    )
  }
}
