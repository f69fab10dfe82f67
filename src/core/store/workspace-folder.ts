import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { makeFolder } from './make-folder'
import { StoreError, ioError } from './store-error'

const WORKSPACE_FILE = 'workspace.json'
const FOLDERS = ['documents', 'notes', '.backup/documents', '.backup/notes']

/** Throws NOT_A_WORKSPACE unless `dir` holds a workspace.json (valid or not). */
export async function assertWorkspace(dir: string): Promise<void> {
  try {
    if ((await stat(join(dir, WORKSPACE_FILE))).isFile()) return
    throw new StoreError(
      'NOT_A_WORKSPACE',
      `${dir} is not a Dossier workspace (its workspace.json is not a regular file)`
    )
  } catch (err) {
    if (err instanceof StoreError) throw err
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw ioError(`could not open workspace ${dir}`, err)
  }
  throw new StoreError('NOT_A_WORKSPACE', `${dir} is not a Dossier workspace (no workspace.json)`)
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false
  )

/**
 * Throws EXISTS if `dir` already holds a workspace.json, or the rest of a workspace whose workspace.json is gone
 * (a new workspace there would be written over its links.json).
 */
export async function assertNoWorkspace(dir: string): Promise<void> {
  if (await exists(join(dir, WORKSPACE_FILE)))
    throw new StoreError('EXISTS', `${dir} already contains a Dossier workspace (workspace.json)`)
  if ((await exists(join(dir, 'links.json'))) || (await exists(join(dir, '.backup', WORKSPACE_FILE))))
    throw new StoreError(
      'EXISTS',
      `${dir} holds a Dossier workspace whose workspace.json is missing; restore it (dossier restore workspace.json) rather than create a new workspace over it`
    )
}

/** Creates the folder of a new workspace (and its parents); refuses a path that is a file. */
export async function makeWorkspaceFolder(dir: string): Promise<void> {
  if ((await stat(dir).catch(() => null))?.isDirectory() === false)
    throw new StoreError('INVALID', `cannot create a workspace in ${dir}: it is a file, not a folder`)
  try {
    await makeFolder(dir)
  } catch (err) {
    throw ioError(`could not create workspace folder ${dir}`, err)
  }
}

/** Creates the sub-folders of a workspace (those missing). */
export async function makeWorkspaceFolders(dir: string): Promise<void> {
  for (const folder of FOLDERS) await makeFolder(join(dir, folder))
}
