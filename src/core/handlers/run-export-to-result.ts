import type { z } from 'zod'
import type { WorkspaceSnapshot } from '../../shared/domain'
import { ApiError, type ExportInput, type ExportResult } from '../../shared/api'
import type { SliceControl } from '../services/export/run-in-slices'

/** Runs an exporter and puts its files in the contract's shape: text as text, binary as base64 (in slices too). */
export async function runExportToResult(
  snapshot: WorkspaceSnapshot,
  input: z.infer<typeof ExportInput>,
  ctl: SliceControl = {},
  statementIds?: ReadonlySet<string>
): Promise<ExportResult> {
  // The writers (remark, yaml, zip, csv) load on the first export, not with the workspace.
  const { runExportInSlices, base64Steps, finishInSlices } = await import('../services/export')
  let out: Awaited<ReturnType<typeof runExportInSlices>>
  try {
    out = await runExportInSlices(input.format, snapshot, {
      scope: { themeId: input.themeId, documentId: input.documentId, statementIds },
      csvRows: input.rows,
      keepEmptyThemes: input.keepEmptyThemes,
      ...ctl
    })
  } catch (err) {
    const name = (err as Error)?.name
    if (name === 'ExportScopeError' || name === 'EmptyCodebookError')
      throw new ApiError('INVALID_INPUT', (err as Error).message)
    throw err
  }
  const files: ExportResult['files'] = []
  for (const [path, content] of out.files)
    files.push(
      typeof content === 'string'
        ? { path, text: content }
        : { path, base64: await finishInSlices(base64Steps(content), ctl) }
    )
  return { suggestedName: out.suggestedName, mediaType: out.mediaType, files }
}
