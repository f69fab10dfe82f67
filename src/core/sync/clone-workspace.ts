import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Id } from '../../shared/domain'
import { emptyWorkspace } from '../services/seed/seed-workspace'
import { WorkspaceStore } from '../store/workspace-store'
import { syncOnce } from './sync-once'

export interface CloneOptions {
  server: string
  workspaceId: string
  token: string
  timeoutMs: number
  onLog: (line: string) => void
}

/**
 * A teammate's first copy of the team workspace: a new empty workspace in `dir` with the team workspace's id,
 * filled from the server by one exchange. `dir` must be new or empty. A server without that workspace is refused
 * (nothing is sent to it); on any failure `dir` is as it was (what was created in it, or for it, is removed).
 */
export async function cloneWorkspace(dir: string, o: CloneOptions): Promise<{ refused: number }> {
  if (!Id.safeParse(o.workspaceId).success) throw new Error(`"${o.workspaceId}" is not a workspace id`)
  const existing = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return []
    throw err
  })
  if (existing.length > 0) throw new Error(`${dir} is not empty; clone into a new folder`)
  const made = await mkdir(dir, { recursive: true })
  try {
    const initial = emptyWorkspace('Team workspace')
    initial.workspace.meta = { ...initial.workspace.meta, id: o.workspaceId }
    await (await WorkspaceStore.create(dir, initial)).close()
    return await syncOnce(dir, { ...o, existingOnly: true })
  } catch (err) {
    if (made) await rm(made, { recursive: true, force: true })
    else for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true })
    throw err
  }
}
