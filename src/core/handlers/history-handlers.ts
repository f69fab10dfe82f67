import type { NamespaceHandlers } from '../../shared/api'
import type { Workspace } from '../workspace'

export function historyHandlers(ws: Workspace): NamespaceHandlers<'history'> {
  return {
    'history.state': () => ws.read(() => ws.history()),
    'history.undo': async () => {
      await ws.undo()
      return ws.history()
    },
    'history.redo': async () => {
      await ws.redo()
      return ws.history()
    }
  }
}
