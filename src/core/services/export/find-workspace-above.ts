import { readFile, realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/**
 * The Dossier workspace folder that holds `path` at any depth (the path itself included), or null. Symbolic
 * links in the part of the path that exists are resolved first, so a link cannot hide a workspace.
 */
export async function findWorkspaceAbove(path: string): Promise<string | null> {
  for (let dir = await realpathOfExisting(resolve(path)); ; dir = dirname(dir)) {
    if (await isWorkspaceFolder(dir)) return dir
    if (dirname(dir) === dir) return null
  }
}

/** The real path of the longest part of `path` that exists, with the rest appended. */
export async function realpathOfExisting(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(await realpathOfExisting(parent), basename(path))
  }
}

/**
 * A folder holding a Dossier workspace.json (schemaVersion and meta), a damaged workspace.json beside the
 * workspace's folders, or the backup of a lost one. Another tool's `workspace.json` (Nx, say) does not count.
 */
async function isWorkspaceFolder(dir: string): Promise<boolean> {
  if (await isFile(join(dir, '.backup', 'workspace.json'))) return true
  if (!(await isFile(join(dir, 'workspace.json')))) return false
  try {
    const value = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as unknown
    if (value && typeof value === 'object' && 'schemaVersion' in value && 'meta' in value) return true
  } catch {
    // Damaged or unreadable: a workspace if its folders are there.
  }
  return (await isFolder(join(dir, '.backup'))) || (await isFolder(join(dir, 'documents')))
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false
  )
const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false
  )
