import { ApiError, contract, invalidInput, isOpName } from '../../shared/api'
import type { CoreService } from '../../core/core-service'
import { createHandlers } from '../../core/handlers/create-handlers'
import { syncHandlers } from '../../core/handlers/sync-handlers'
import { readViewScope } from '../../core/store/view-scope-file'
import { WorkspaceStore } from '../../core/store/workspace-store'
import { WorkspaceSync } from '../../core/sync/workspace-sync'
import { Tasks } from '../../core/tasks'
import { Workspace } from '../../core/workspace'

/** A core over the workspace in `dir` (as openCore serves it) whose workspace mirrors into a WorkspaceSync. */
export async function syncedCore(
  dir: string,
  onLog: (line: string) => void = () => undefined
): Promise<{ core: CoreService; sync: WorkspaceSync }> {
  const ws = Workspace.fromStore(await WorkspaceStore.open(dir), { backgroundIndex: false })
  ws.useViewScope(await readViewScope(dir))
  const sync = await WorkspaceSync.attach(ws, { onLog })
  const tasks = new Tasks()
  const fixed = () => {
    throw new ApiError('CONFLICT', 'this test core syncs through its fixture, not sync.connect')
  }
  const handlers = {
    ...createHandlers(ws, tasks, () => {
      throw new Error('a synced test core restores no workspace')
    }),
    // The top bar asks; the fixture connects the WorkspaceSync itself.
    ...syncHandlers({
      status: () => ({ state: 'off', pendingChanges: sync.pendingChanges }),
      start: fixed,
      stop: fixed,
      conflicts: () => ws.read(() => sync.conflicts.list()),
      resolveConflict: async (id, action) => {
        await sync.conflicts.resolve(id, action)
        return ws.read(() => sync.conflicts.list())
      }
    })
  }
  const core: CoreService = {
    dir,
    async dispatch(op, raw) {
      if (!isOpName(op)) throw new ApiError('UNKNOWN_OP', `unknown operation "${String(op).slice(0, 80)}"`)
      const parsed = contract[op].input.safeParse(raw ?? {})
      if (!parsed.success) throw invalidInput(op, parsed.error)
      const run = (handlers as Partial<Record<string, (input: unknown) => Promise<unknown>>>)[op]
      if (!run) throw new ApiError('UNKNOWN_OP', `"${op}" needs openCore`)
      return run(parsed.data)
    },
    onChange: (listener) => ws.onChange(listener),
    onProgress: (listener) => tasks.onProgress(listener),
    liveDoc: () => sync.doc,
    close: async () => {
      await sync.close()
      await ws.close()
    }
  }
  return { core, sync }
}
