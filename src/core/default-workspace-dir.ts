import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** Where the desktop app keeps its workspace unless told otherwise: `DOSSIER_WORKSPACE`, else ~/Documents/Dossier. */
export function defaultWorkspaceDir(): string {
  const env = process.env.DOSSIER_WORKSPACE
  return env ? resolve(env) : join(homedir(), 'Documents', 'Dossier')
}
