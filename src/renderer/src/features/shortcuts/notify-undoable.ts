import { notify } from '../../app/toast'
import { runHistory } from './run-history'

/** Says what a shortcut (or quick action) just created, with an Undo button that takes it back. */
export function notifyUndoable(message: string): number {
  return notify(message, 'info', { label: 'Undo', run: () => void runHistory('undo') })
}
