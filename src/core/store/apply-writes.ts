import { renameSync } from 'node:fs'
import { mkdir, readFile, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Low } from 'lowdb'
import { removeQuietly } from './durable-json-file'
import { BACKUP_DIR, backupFile, backupPathOf, prepareFirstCopy, type PendingFirstCopy } from './file-backup'
import { jsonIndentFor, type AnyFileData } from './files'
import { fsyncDir } from './fsync-dir'
import { mapWithConcurrency } from './map-with-concurrency'
import { shardWriter } from './shard-db'
import type { CheckedWrite } from './store-data'
import type { StoreHooks } from './store-hooks'
import { checkFileData } from './validate-file'

export interface ApplyOptions {
  hooks?: StoreHooks
  /**
   * Replaying a journal: files that already hold the journal's content are skipped (so their backup is kept),
   * and a current file is only backed up if it is valid (the backup stays the last good copy).
   */
  replay?: boolean
  /** Files written at once (default 8). */
  concurrency?: number
}

interface Step {
  key: string
  /** The file's lowdb database and the text it writes; null when the file is deleted. */
  shard: { db: Low<AnyFileData>; text: string } | null
  backup: boolean
  firstWrite: boolean
  /** Awaited once the new content is in its synced temp file, before the rename (set when the write starts). */
  beforeRename: () => Promise<unknown>
}

/**
 * Applies validated writes to the files of `dir`. First the current version of every file is kept in `.backup/`
 * (and the backup folders are synced), then each file is written atomically or deleted, then each touched
 * folder is synced once. A file written for the first time gets its first copy in `.backup/` too: written and
 * synced beside the new file, renamed into place just after it (a failure of either leaves neither). Work is
 * proportional to the files written, never to the size of the workspace.
 * Not atomic across files by itself: multi-file callers write a journal first.
 */
export async function applyWrites(
  dir: string,
  writes: readonly CheckedWrite[],
  opts: ApplyOptions = {}
): Promise<void> {
  const { hooks } = opts
  const plan: Step[] = []
  for (const w of writes) {
    const step: Step = {
      key: w.key,
      shard: null,
      backup: true,
      firstWrite: false,
      beforeRename: async () => {}
    }
    if (w.data !== null)
      step.shard = shardWriter(join(dir, w.key), w.data, {
        indent: jsonIndentFor(w.key),
        syncDir: false,
        beforeRename: () => step.beforeRename(),
        onTempFile: hooks?.onTempFile && ((tmp) => hooks.onTempFile?.(w.key, tmp))
      })
    if (opts.replay) {
      const text = step.shard?.text ?? null
      const current = await readTextOrNull(join(dir, w.key))
      if (current === text) continue
      step.backup = current !== null && isValidFileText(w.key, current)
      step.firstWrite = current === null && text !== null
    }
    plan.push(step)
  }

  const backupDirs = new Set<string>()
  for (const p of plan) {
    if (!p.backup) continue
    await hooks?.onOp?.('backup', p.key)
    if (await backupFile(dir, p.key)) backupDirs.add(dirname(backupPathOf(dir, p.key)))
    else p.firstWrite = p.shard !== null
  }
  // The backups are made durable while the new content is written; nothing replaces a file before they are.
  const backupsDurable = Promise.all([...backupDirs].map((d) => fsyncDir(d)))
  backupsDurable.catch(() => {}) // awaited below; this only keeps an early failure from going unhandled

  // Folders made on first use (links/): the new folder's name is synced into the workspace folder.
  for (const folder of new Set(plan.filter((p) => p.shard).map((p) => dirname(join(dir, p.key)))))
    if (await mkdir(folder, { recursive: true })) await fsyncDir(dirname(folder))

  const firstCopyDirs = new Set<string>()
  await mapWithConcurrency(plan, opts.concurrency ?? 8, async (p) => {
    if (!p.shard) {
      await hooks?.onOp?.('delete', p.key)
      await backupsDurable
      await unlink(join(dir, p.key)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
    } else {
      await hooks?.onOp?.('write', p.key)
      const copyKey = `${BACKUP_DIR}/${p.key}`
      const onCopyTemp = hooks?.onTempFile && ((tmp: string) => hooks.onTempFile?.(copyKey, tmp))
      const firstCopy = p.firstWrite ? prepareFirstCopy(dir, p.key, p.shard.text, onCopyTemp) : null
      firstCopy?.catch(() => {}) // awaited before the rename; this only keeps an early failure from going unhandled
      let copy: PendingFirstCopy | null = null
      p.beforeRename = async () => {
        await backupsDurable
        copy = await firstCopy
      }
      try {
        await p.shard.db.write()
      } catch (err) {
        const ready = await firstCopy?.catch(() => null)
        if (ready) removeQuietly(ready.tmp)
        throw err
      }
      if (copy) {
        // The file is written: a failure here must not fail the save. The next open makes the missing copy.
        const { tmp, into } = copy as PendingFirstCopy
        try {
          renameSync(tmp, into)
          firstCopyDirs.add(dirname(into))
        } catch {
          removeQuietly(tmp)
        }
      }
    }
  })
  await backupsDurable
  const synced = new Set([...plan.map((p) => dirname(join(dir, p.key))), ...firstCopyDirs])
  await Promise.all([...synced].map((d) => fsyncDir(d)))
}

async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

function isValidFileText(file: string, text: string): boolean {
  try {
    return checkFileData(file, JSON.parse(text), { migrate: true }).ok
  } catch {
    return false
  }
}
