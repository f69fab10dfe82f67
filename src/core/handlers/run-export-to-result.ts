import type { WorkspaceSnapshot } from '../../shared/domain'
import { ApiError, type ExportResult } from '../../shared/api'
import type { z } from 'zod'
import type { ExportInput } from '../../shared/api'

export function runExportToResult(
  snapshot: WorkspaceSnapshot,
  input: z.infer<typeof ExportInput>
): ExportResult {
  if (input.format !== 'json')
    throw new ApiError('UNSUPPORTED', `export format "${input.format}" is not available yet`)
  const date = snapshot.exportedAt.slice(0, 10)
  return {
    suggestedName: `dossier-${date}.json`,
    mediaType: 'application/json',
    files: [{ path: `dossier-${date}.json`, text: JSON.stringify(snapshot, null, 2) + '\n' }]
  }
}
