import type { NamespaceHandlers } from '../../shared/api'
import type { Tasks } from '../tasks'

export function tasksHandlers(tasks: Tasks): NamespaceHandlers<'tasks'> {
  return {
    'tasks.cancel': async ({ taskId }) => ({ cancelled: tasks.cancel(taskId) })
  }
}
