import { join, resolve } from 'node:path'

/** `DOSSIER_WORKSPACE` when set, else `<Documents>/Dossier`. */
export function defaultWorkspacePath(env: Record<string, string | undefined>, documentsDir: string): string {
  const fromEnv = env.DOSSIER_WORKSPACE?.trim()
  return fromEnv ? resolve(fromEnv) : join(documentsDir, 'Dossier')
}
