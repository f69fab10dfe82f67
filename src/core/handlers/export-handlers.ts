import type { Handlers } from '../../shared/api'
import type { Workspace } from '../workspace'
import { snapshotOf } from '../snapshot-of'
import { runExportToResult } from './run-export-to-result'

export function exportHandlers(ws: Workspace): Pick<Handlers, 'export.run'> {
  return {
    'export.run': (input) => ws.read(() => runExportToResult(snapshotOf(ws.state), input))
  }
}
