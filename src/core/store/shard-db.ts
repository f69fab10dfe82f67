import { Low } from 'lowdb'
import { DurableJsonFile, type DurableJsonFileOptions } from './durable-json-file'

const NOT_READ = Symbol('not read')

/**
 * Reads one workspace file (a shard) through lowdb's `Low` over the durable adapter: its JSON value, or
 * `found: false` when the file does not exist. Throws SyntaxError for a file that is not JSON.
 */
export async function readShard(path: string): Promise<{ found: false } | { found: true; value: unknown }> {
  const adapter = new DurableJsonFile<unknown>(path)
  const db = new Low<unknown>(adapter, NOT_READ)
  await db.read()
  if (db.data !== NOT_READ) return { found: true, value: db.data }
  // Low keeps its default both for a missing file and for one holding null, false, 0 or "": ask the file which.
  return adapter.readValue()
}

/**
 * One workspace file to write through lowdb's `Low` over the durable adapter (temp file, fsync, rename):
 * `db.write()` writes `data`; `text` is exactly what it writes, serialized once for both.
 */
export function shardWriter<T extends object>(
  path: string,
  data: T,
  options: DurableJsonFileOptions = {}
): { db: Low<T>; text: string } {
  const adapter = new DurableJsonFile<T>(path, options)
  return { db: new Low(adapter, data), text: adapter.textOf(data) }
}
