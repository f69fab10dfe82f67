import { copyFile, link, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MANIFEST } from './make-corpus'

/**
 * A throwaway copy of a corpus to run edits against, so the corpus stays as generated. Files are hard-linked
 * (instant, and safe: the store never writes a file in place; every save writes a temp file and renames it
 * over, leaving the corpus's inode untouched), copied where links are not possible.
 */
export async function workCopy(
  corpus: string,
  label: string
): Promise<{ dir: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), `dossier-bench-${label}-`))
  const dir = join(root, 'ws')
  await cloneTree(corpus, dir)
  return { dir, remove: () => rm(root, { recursive: true, force: true }) }
}

async function cloneTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const e of await readdir(from, { withFileTypes: true })) {
    // .backup too: without it, opening the copy would first make a copy of every file (once, as for a
    // workspace written before first copies existed), and the measurements would include that.
    if (e.name === MANIFEST || e.name.startsWith('.lock')) continue
    const src = join(from, e.name)
    const dst = join(to, e.name)
    if (e.isDirectory()) await cloneTree(src, dst)
    else if (e.isFile()) await link(src, dst).catch(() => copyFile(src, dst))
  }
}

/** Every workspace file of a folder (relative paths), for the read-and-parse baseline. */
export async function workspaceFiles(dir: string): Promise<string[]> {
  const files: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.json') && e.name !== MANIFEST && !e.name.startsWith('.'))
      files.push(e.name)
    if (e.isDirectory() && !e.name.startsWith('.'))
      for (const f of await readdir(join(dir, e.name))) if (f.endsWith('.json')) files.push(`${e.name}/${f}`)
  }
  return files
}
