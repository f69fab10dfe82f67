import { join } from 'node:path'
import { readShard } from './shard-db'
import { describeError } from './store-error'
import type { StoreHooks } from './store-hooks'
import type { MigrationContext } from './migrations'
import { checkFileData, type FileCheck } from './validate-file'

/** The reason recorded for a required file (workspace.json, links.json) that does not exist. */
export const MISSING_REASON = 'missing'

/**
 * Reads, migrates and validates one workspace file. Never throws for a bad file: the failure comes back as
 * `{ ok: false, reason }` with a short reason (`missing`, `not valid JSON: …`, `invalid: …`, `could not be read: …`).
 */
export async function readCheckedFile(
  dir: string,
  file: string,
  hooks?: StoreHooks,
  context?: MigrationContext
): Promise<FileCheck> {
  try {
    await hooks?.onOp?.('read', file)
    const result = await readShard(join(dir, file))
    if (!result.found) return { ok: false, reason: MISSING_REASON }
    return checkFileData(file, result.value, { migrate: true, context })
  } catch (err) {
    if (err instanceof SyntaxError) return { ok: false, reason: `not valid JSON: ${err.message}` }
    return { ok: false, reason: `could not be read: ${describeError(err)}` }
  }
}
