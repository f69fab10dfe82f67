import { isAbsolute } from 'node:path'
import { parseFileKey, type FileKey } from './files'
import { StoreError } from './store-error'

/**
 * The FileKey for a user-supplied relative path of workspace `dir`. Throws StoreError('INVALID') for a path that
 * escapes the workspace (`..`, absolute) or that is not a workspace file.
 */
export function workspaceKeyOf(dir: string, file: string): FileKey {
  const parts = file.split(/[\\/]+/)
  if (isAbsolute(file) || /^[A-Za-z]:/.test(file) || parts.includes('..')) {
    throw new StoreError('INVALID', `"${file}" is outside workspace ${dir}`)
  }
  const parsed = parseFileKey(parts.filter((p) => p !== '.').join('/'))
  if (!parsed) {
    throw new StoreError(
      'INVALID',
      `"${file}" is not a file of workspace ${dir} (expected workspace.json, links.json, speakers.json, views.json, documents/<id>.json, notes/<id>.json or links/<shard>.json)`
    )
  }
  return parsed.key
}
