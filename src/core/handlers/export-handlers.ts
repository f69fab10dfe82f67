import type { NamespaceHandlers } from '../../shared/api'
import type { Tasks } from '../tasks'
import type { Workspace } from '../workspace'
import { snapshotOf } from '../snapshot-of'
import { runExportToResult } from './run-export-to-result'
import { queryStatements } from './statement-query'

export function exportHandlers(ws: Workspace, tasks: Tasks): NamespaceHandlers<'export'> {
  return {
    // The snapshot is taken in turn with the changes; the export then runs in slices beside them.
    'export.run': (input) =>
      tasks.run(input.taskId, `Exporting ${input.format}`, async ({ signal, progress }) => {
        const { snapshot, statementIds } = await ws.read(() => ({
          snapshot: snapshotOf(ws.state),
          statementIds: input.filter
            ? new Set(
                queryStatements(ws.state, { ...input.filter, limit: 100_000_000 }).items.map((st) => st.id)
              )
            : undefined
        }))
        return runExportToResult(snapshot, input, { signal, onProgress: progress }, statementIds)
      })
  }
}
