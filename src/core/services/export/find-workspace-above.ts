import { readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

/**
 * The Dossier workspace folder that holds `path` at any depth (the path itself included), or null; the
 * outermost one (a workspace's `.backup/` looks like a workspace too). Symbolic links in the part of the path
 * that exists are resolved first, so a link cannot hide a workspace. Synchronous (a few stat calls per folder up
 * to the root), so the desktop app can check a download's path as it is chosen.
 */
export function findWorkspaceAbove(path: string): string | null {
  let found: string | null = null
  for (let dir = realpathOfExisting(resolve(path)); ; dir = dirname(dir)) {
    if (isWorkspaceFolder(dir)) found = dir
    if (dirname(dir) === dir) return found
  }
}

/** The real path of the longest part of `path` that exists, with the rest appended. */
function realpathOfExisting(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(realpathOfExisting(parent), basename(path))
  }
}

/**
 * A folder holding a Dossier workspace.json (schemaVersion and meta), a damaged workspace.json beside the
 * workspace's folders, or the backup of a lost one. Another tool's `workspace.json` (Nx, say) does not count.
 */
function isWorkspaceFolder(dir: string): boolean {
  if (isFile(join(dir, '.backup', 'workspace.json'))) return true
  if (!isFile(join(dir, 'workspace.json'))) return false
  try {
    const value = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8')) as unknown
    if (value && typeof value === 'object' && 'schemaVersion' in value && 'meta' in value) return true
  } catch {
    // Damaged or unreadable: a workspace if its folders are there.
  }
  return isFolder(join(dir, '.backup')) || isFolder(join(dir, 'documents'))
}

function statOrNull(path: string) {
  try {
    return statSync(path)
  } catch {
    return null // missing, or a part of the path is a file (ENOTDIR), or not ours to read
  }
}
const isFile = (path: string): boolean => statOrNull(path)?.isFile() ?? false
const isFolder = (path: string): boolean => statOrNull(path)?.isDirectory() ?? false
