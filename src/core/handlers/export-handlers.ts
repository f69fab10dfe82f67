import type { Handlers } from '../../shared/api'
import type { Tasks } from '../tasks'
import type { Workspace } from '../workspace'
import { snapshotOf } from '../snapshot-of'
import { runExportToResult } from './run-export-to-result'

export function exportHandlers(ws: Workspace, tasks: Tasks): Pick<Handlers, 'export.run'> {
  return {
    // The snapshot is taken in turn with the changes; the export then runs in slices beside them.
    'export.run': (input) =>
      tasks.run(input.taskId, `Exporting ${input.format}`, async ({ signal, progress }) =>
        runExportToResult(await ws.read(() => snapshotOf(ws.state)), input, { signal, onProgress: progress })
      )
  }
}
