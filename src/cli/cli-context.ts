import { resolve } from 'node:path'
import type { Api } from '../shared/api'
import type { CoreService } from '../core/core-service'
import { defaultWorkspaceDir } from '../core/default-workspace-dir'
import type { Theme, Speaker } from '../shared/domain'
import { findSpeakerByName } from '../shared/domain/speaker-name'
import { CliError } from './cli-error'
import { openingProgress } from './opening-progress'

export interface GlobalOptions {
  workspace?: string
  json?: boolean
}

export const workspaceDir = (g: GlobalOptions): string => resolve(g.workspace ?? defaultWorkspaceDir())

/** Opens the workspace for one command (read-only commands take no lock) and hands it the typed API. */
export async function withApi<T>(
  g: GlobalOptions,
  mode: 'read' | 'write',
  fn: (api: Api, core: CoreService) => Promise<T>
): Promise<T> {
  // The core loads on first use, so that `dossier --help` and usage errors start in a blink.
  const [{ isWorkspace, openCore }, { coreClient }] = await Promise.all([
    import('../core/open-core'),
    import('../core/core-client')
  ])
  const dir = workspaceDir(g)
  if (!isWorkspace(dir))
    throw new CliError(`${dir} is not a Dossier workspace (run: dossier --workspace ${dir} init)`)
  const opening = openingProgress()
  const core = await openCore(dir, {
    readOnly: mode === 'read',
    onProgress: opening.onProgress,
    backgroundIndex: false
  }).finally(opening.done)
  const api = coreClient(core)
  try {
    return await fn(api, core)
  } finally {
    await core.close()
  }
}

/** Calls one operation by name (its input and output types follow the name). */
export { callOp as call } from '../shared/api/call-op'

/** A theme by id or by name (case-insensitive), or a clear error listing what exists. */
export function findTheme(themes: Theme[], ref: string): Theme {
  const t =
    themes.find((x) => x.id === ref) ?? themes.find((x) => x.name.toLowerCase() === ref.trim().toLowerCase())
  if (!t) {
    const names = themes.map((x) => `"${x.name}"`).join(', ')
    throw new CliError(`no theme "${ref}"${names ? ` (themes: ${names})` : ' (the codebook is empty)'}`)
  }
  return t
}

export function findSpeaker(speakers: Speaker[], ref: string): Speaker {
  const sp = speakers.find((x) => x.id === ref) ?? findSpeakerByName(speakers, ref)
  if (!sp) throw new CliError(`no speaker "${ref}" (see: dossier speakers)`)
  return sp
}

export function print(g: GlobalOptions, json: unknown, text: () => string): void {
  process.stdout.write((g.json ? JSON.stringify(json, null, 2) : text()) + '\n')
}
