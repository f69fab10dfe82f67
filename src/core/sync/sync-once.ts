import { WorkspaceStore } from '../store/workspace-store'
import { storeErrorToApi } from '../store-error-to-api'
import { Workspace } from '../workspace'
import { WorkspaceSync } from './workspace-sync'

export interface SyncOnceOptions {
  server: string
  token: string
  timeoutMs: number
  onLog: (line: string) => void
  /** Fail, sending nothing, when the server holds no copy of this workspace (see ConnectOptions). */
  existingOnly?: boolean
}

/**
 * One exchange with a team server: opens the workspace (locked), sends what changed here since the last sync,
 * applies what teammates changed, and returns once both sides hold the same; throws with a one-line reason when
 * refused, unreachable or out of time.
 */
export async function syncOnce(dir: string, o: SyncOnceOptions): Promise<{ refused: number }> {
  const store = await WorkspaceStore.open(dir).catch((err: unknown) => {
    throw storeErrorToApi(err)
  })
  const ws = Workspace.fromStore(store, { backgroundIndex: false })
  try {
    const sync = await WorkspaceSync.attach(ws, { onLog: o.onLog })
    const connection = sync.connect(o.server, o.token, { onLog: o.onLog }, undefined, {
      existingOnly: o.existingOnly
    })
    try {
      await connection.inSync(o.timeoutMs)
    } finally {
      await connection.close()
      await sync.close()
    }
    return { refused: sync.refused }
  } finally {
    await ws.close()
  }
}
