import { mkdir, readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { removeQuietly, writeFileDurably } from './durable-json-file'
import { BACKUP_DIR, backupPathOf } from './file-backup'
import { fsyncDir } from './fsync-dir'
import { mapWithConcurrency } from './map-with-concurrency'

/** Temp files of an interrupted backup: `<name>.json.<digits>` (a first copy) or `<name>.json.tmp` (a link). */
const BACKUP_TEMP = /\.json\.(\d+|tmp)$/
const SHARD_FOLDERS = ['documents', 'notes', 'links']

/**
 * Gives each of `validFiles` that has no copy in `.backup/` one (a workspace written by an earlier version of
 * Dossier, or a first copy lost to a crash just after its file was written), and removes the temp files an
 * interrupted backup left there. The caller holds the lock and has just validated `validFiles`. When nothing is
 * missing this costs a listing of `.backup/`. Returns the number of copies made.
 */
export async function keepMissingBackups(dir: string, validFiles: readonly string[]): Promise<number> {
  const present = new Set<string>()
  for (const folder of ['', ...SHARD_FOLDERS]) {
    for (const name of await fileNamesIn(join(dir, BACKUP_DIR, folder))) {
      const file = folder ? `${folder}/${name}` : name
      if (BACKUP_TEMP.test(name)) removeQuietly(join(dir, BACKUP_DIR, file))
      else present.add(file)
    }
  }
  const missing = validFiles.filter((f) => !present.has(f))
  if (missing.length === 0) return 0
  const folders = new Set(missing.map((f) => dirname(backupPathOf(dir, f))))
  for (const folder of folders) if (await mkdir(folder, { recursive: true })) await fsyncDir(dirname(folder))
  await mapWithConcurrency(missing, 8, async (file) => {
    await writeFileDurably(backupPathOf(dir, file), await readFile(join(dir, file)), { syncDir: false })
  })
  await Promise.all([...folders].map((f) => fsyncDir(f)))
  return missing.length
}

async function fileNamesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return []
    throw err
  }
}
