import type { SyncConflict, SyncConflictAction } from '../../../../shared/api'
import { run } from '../../api'
import { notify } from '../../app/toast'

const DONE: Record<SyncConflictAction, string> = {
  accept: 'Took the other speaker',
  keep: 'Kept the current speaker',
  restore: 'Restored the document for the team',
  confirm: 'Dropped the kept copy'
}

/** Resolves a conflict on every side; says what was done (or what failed). */
export async function resolveConflict(c: SyncConflict, action: SyncConflictAction): Promise<void> {
  const left = await run('sync.resolveConflict', { id: c.id, action })
  if (!left) return
  if (c.kind === 'deletedTheme')
    notify(action === 'restore' ? 'Restored the theme and its codings for the team' : 'Dropped the codings')
  else notify(DONE[action])
}
