import { resolve } from 'node:path'
import type { CoreService } from '../core/core-service'

export type OpenCore = (
  dir: string,
  opts?: { readOnly?: boolean; create?: 'seeded' | 'empty'; warmImports?: boolean; sync?: 'saved' }
) => Promise<CoreService>

/** The one open workspace of the desktop app; switching opens the new one before closing the old. */
export function createWorkspaceSession(openCore: OpenCore, onOpened: (core: CoreService) => void) {
  let core: CoreService | null = null
  return {
    current: (): CoreService | null => core,
    async open(dir: string, create?: 'seeded' | 'empty'): Promise<CoreService> {
      const target = resolve(dir)
      if (core && resolve(core.dir) === target) return core
      // Team sync resumes when the workspace was connected to a server (Team settings).
      const opts = { warmImports: true, sync: 'saved' as const }
      const next = await openCore(target, create ? { create, ...opts } : opts)
      const previous = core
      core = next
      onOpened(next)
      await previous?.close()
      return next
    },
    async close(): Promise<void> {
      const previous = core
      core = null
      await previous?.close()
    }
  }
}
export type WorkspaceSession = ReturnType<typeof createWorkspaceSession>
