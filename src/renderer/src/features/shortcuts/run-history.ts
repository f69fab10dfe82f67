import { api } from '../../api/api'
import { notify } from '../../app/toast'

let busy = false

/** Undo or redo the last workspace change and say what it was ("Undid: Tag statement"). */
export async function runHistory(which: 'undo' | 'redo'): Promise<void> {
  if (busy) return
  busy = true
  try {
    const before = await api['history.state']({})
    const can = which === 'undo' ? before.canUndo : before.canRedo
    if (!can) {
      notify(which === 'undo' ? 'Nothing to undo' : 'Nothing to redo')
      return
    }
    const label = which === 'undo' ? before.undoLabel : before.redoLabel
    await api[which === 'undo' ? 'history.undo' : 'history.redo']({})
    notify(`${which === 'undo' ? 'Undid' : 'Redid'}: ${label ?? 'last change'}`)
  } catch (err) {
    notify(`Could not ${which}: ${err instanceof Error ? err.message : String(err)}`, 'error')
  } finally {
    busy = false
  }
}
