import { parseFileKey } from './files'
import type { CheckedWrite } from './store-data'
import { StoreError } from './store-error'
import { checkFileData } from './validate-file'

/** A write asked of the store: the file's full new content, or null to delete it. */
export interface CommitWrite {
  file: string
  data: unknown | null
}

/** Files a workspace cannot do without; they may be replaced but not deleted. */
const REQUIRED = new Set(['workspace.json', 'links.json'])

/**
 * Validates every write against the schema of its file's kind (data must already be at SCHEMA_VERSION).
 * Throws StoreError('INVALID') naming the first bad file; returns the validated (schema-output) writes.
 */
export function checkWrites(dir: string, writes: readonly CommitWrite[]): CheckedWrite[] {
  const seen = new Set<string>()
  return writes.map(({ file, data }) => {
    const key = parseFileKey(file)
    if (!key) {
      throw new StoreError(
        'INVALID',
        `cannot save "${file}" in workspace ${dir}: not a workspace file (expected workspace.json, links.json, speakers.json, views.json, documents/<id>.json, notes/<id>.json or links/<shard>.json)`
      )
    }
    if (seen.has(file))
      throw new StoreError('INVALID', `cannot save ${file} in workspace ${dir}: it is written twice`)
    seen.add(file)
    if (data === null) {
      if (REQUIRED.has(file)) throw new StoreError('INVALID', `cannot delete ${file} of workspace ${dir}`)
      return { key: key.key, kind: key.kind, id: key.id, data: null }
    }
    const checked = checkFileData(file, data, { migrate: false })
    if (!checked.ok)
      throw new StoreError('INVALID', `cannot save ${file} in workspace ${dir}: ${checked.reason}`)
    return { key: checked.key, kind: checked.kind, id: checked.id, data: checked.data }
  })
}
