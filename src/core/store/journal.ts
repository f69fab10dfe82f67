import { lstat, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { fsyncDir } from './fsync-dir'
import { SCHEMA_VERSION, parseFileKey } from './files'
import { readShard, shardWriter } from './shard-db'
import type { CheckedWrite } from './store-data'
import type { StoreHooks } from './store-hooks'
import { summarizeIssues, checkFileData } from './validate-file'

/** The multi-file commit journal: every write of a commit, made durable before any file is touched. */
export const JOURNAL_FILE = '.journal.json'
/** Where a journal that parses but fails validation is kept (it is not applied). */
export const REJECTED_JOURNAL_FILE = '.journal.rejected.json'

const JournalShape = z
  .object({
    schemaVersion: z.number().int(),
    createdAt: z.string(),
    writes: z
      .array(z.object({ file: z.string(), data: z.record(z.string(), z.unknown()).nullable() }).strict())
      .min(1)
  })
  .strict()

export type JournalState =
  | { state: 'none' }
  /** Not valid JSON: the crash happened while writing the journal, before any file was touched. */
  | { state: 'torn'; reason: string }
  | { state: 'invalid'; reason: string }
  | { state: 'ok'; writes: CheckedWrite[] }

/** Reads and validates the journal of `dir`. Throws only when the file exists but cannot be read. */
export async function readJournal(dir: string): Promise<JournalState> {
  const st = await lstat(join(dir, JOURNAL_FILE)).catch(() => null)
  if (!st) return { state: 'none' }
  // A FIFO would block the read forever; a folder or a link is no journal Dossier wrote.
  if (!st.isFile()) return { state: 'invalid', reason: 'not a regular file' }
  let found
  try {
    found = await readShard(join(dir, JOURNAL_FILE))
  } catch (err) {
    if (err instanceof SyntaxError) return { state: 'torn', reason: `not valid JSON: ${err.message}` }
    throw err
  }
  if (!found.found) return { state: 'none' }
  const shape = JournalShape.safeParse(found.value)
  if (!shape.success) return { state: 'invalid', reason: `invalid: ${summarizeIssues(shape.error)}` }
  if (shape.data.schemaVersion > SCHEMA_VERSION) {
    return {
      state: 'invalid',
      reason: `written by a newer version of Dossier (schema ${shape.data.schemaVersion})`
    }
  }
  const writes: CheckedWrite[] = []
  const seen = new Set<string>()
  for (const [i, w] of shape.data.writes.entries()) {
    if (seen.has(w.file))
      return { state: 'invalid', reason: `invalid: writes.${i}: ${w.file} is written twice` }
    seen.add(w.file)
    if (w.data === null) {
      const key = parseFileKey(w.file)
      if (!key) return { state: 'invalid', reason: `invalid: writes.${i}: ${w.file} is not a workspace file` }
      writes.push({ key: key.key, kind: key.kind, id: key.id, data: null })
      continue
    }
    const checked = checkFileData(w.file, w.data, { migrate: true })
    if (!checked.ok)
      return { state: 'invalid', reason: `invalid: writes.${i} (${w.file}): ${checked.reason}` }
    writes.push({ key: checked.key, kind: checked.kind, id: checked.id, data: checked.data })
  }
  return { state: 'ok', writes }
}

/** Writes the journal durably (temp file, fsync, rename, fsync of the folder). */
export async function writeJournal(
  dir: string,
  writes: readonly CheckedWrite[],
  hooks?: StoreHooks
): Promise<void> {
  await hooks?.onOp?.('journal', JOURNAL_FILE)
  const journal = {
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    writes: writes.map((w) => ({ file: w.key, data: w.data }))
  }
  await shardWriter(join(dir, JOURNAL_FILE), journal, {
    onTempFile: hooks?.onTempFile && ((tmp) => hooks.onTempFile?.(JOURNAL_FILE, tmp))
  }).db.write()
}

/** Deletes the journal (the commit is complete) and makes the deletion durable. */
export async function removeJournal(dir: string, hooks?: StoreHooks): Promise<void> {
  await hooks?.onOp?.('journal-delete', JOURNAL_FILE)
  try {
    await unlink(join(dir, JOURNAL_FILE))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  await fsyncDir(dir)
}

/** Moves a journal that must not be applied out of the way, keeping it for inspection. */
export async function setJournalAside(dir: string): Promise<void> {
  await rename(join(dir, JOURNAL_FILE), join(dir, REJECTED_JOURNAL_FILE))
  await fsyncDir(dir)
}
