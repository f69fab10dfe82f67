import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * Where Dossier keeps its workspace unless told otherwise: `DOSSIER_WORKSPACE` (trimmed; blank means unset), else
 * `<Documents>/Dossier`. The desktop app passes its own Documents folder; the CLI takes ~/Documents.
 */
export function defaultWorkspaceDir(
  env: Record<string, string | undefined> = process.env,
  documentsDir: string = join(homedir(), 'Documents')
): string {
  const fromEnv = env.DOSSIER_WORKSPACE?.trim()
  return fromEnv ? resolve(fromEnv) : join(documentsDir, 'Dossier')
}
