import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file under `dir` (relative path → bytes), skipping the lock; for "nothing on disk changed" checks. */
export async function readAllFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.name === '.lock' || entry.name === '.lock-holder.json') continue
      if (entry.isDirectory()) await walk(path)
      else files.set(relative(dir, path), await readFile(path))
    }
  }
  await walk(dir)
  return files
}

/** Temp files left by an interrupted atomic write (`name.json.<n>`) or backup (`name.json.tmp`). */
export const isTempFile = (file: string): boolean => /\.json\.(\d+|tmp)$/.test(file)
