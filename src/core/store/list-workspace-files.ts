import type { Dirent } from 'node:fs'
import { readdir, readlink, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { BACKUP_DIR } from './file-backup'
import { parseFileKey, type DamagedFile } from './files'
import { JOURNAL_FILE, REJECTED_JOURNAL_FILE } from './journal'
import { HOLDER_FILE, LOCK_DIR } from './workspace-lock'
import { VIEW_SCOPE_FILE } from './view-scope-file'

/** Temp files left by an interrupted atomic write (`<name>.<number>`). */
export const TEMP_FILE = /\.json\.\d+$/

const SHARD_FOLDERS = ['documents', 'notes', 'links'] as const
const TOP_FILES = ['workspace.json', 'links.json', 'speakers.json', 'views.json']
/** Top-level files a workspace may lack. */
const OPTIONAL_FILES = new Set(['speakers.json', 'views.json'])
const KNOWN = new Set([
  ...TOP_FILES,
  ...SHARD_FOLDERS,
  BACKUP_DIR,
  JOURNAL_FILE,
  REJECTED_JOURNAL_FILE,
  LOCK_DIR,
  HOLDER_FILE,
  VIEW_SCOPE_FILE,
  // Team sync's own state (src/core/sync): not workspace files, never loaded by the store.
  'sync'
])

export interface WorkspaceListing {
  /** Every workspace file (relative): workspace.json, links.json, speakers.json, views.json, documents/*, notes/*, links/*. */
  files: string[]
  /** `.json` files in documents/ or notes/ whose name is not a valid id. */
  badNames: string[]
  /** Leftover temp files of interrupted writes (relative paths). */
  tempFiles: string[]
  /**
   * Where a workspace file (or folder) belongs but something else is: a symbolic link, a folder, a FIFO, a file
   * where a folder belongs. Never read (a link could lead anywhere; a FIFO would block); reported as damaged.
   */
  notFiles: DamagedFile[]
  /** Entries that are no part of a workspace (other files, links and folders): ignored, reported by `check`. */
  ignored: DamagedFile[]
}

/** Lists the files of a workspace and sorts out every other entry, saying why it is not read. Reads no file. */
export async function listWorkspaceFiles(dir: string): Promise<WorkspaceListing> {
  const listing: WorkspaceListing = {
    files: ['workspace.json', 'links.json'],
    badNames: [],
    tempFiles: [],
    notFiles: [],
    ignored: []
  }
  const folders: string[] = []
  for (const entry of await entriesIn(dir, '', listing)) {
    const name = entry.name
    if (TEMP_FILE.test(name) && entry.isFile()) listing.tempFiles.push(name)
    else if (TOP_FILES.includes(name)) {
      const kind = await kindOf(join(dir, name))
      if (kind !== 'file') {
        listing.files = listing.files.filter((f) => f !== name)
        listing.notFiles.push({ file: name, reason: `${describeKind(kind)} where a file belongs; not read` })
      } else if (OPTIONAL_FILES.has(name)) listing.files.push(name)
    } else if ((SHARD_FOLDERS as readonly string[]).includes(name)) {
      const kind = await kindOf(join(dir, name))
      if (kind === 'folder') folders.push(name)
      else listing.notFiles.push({ file: name, reason: `${describeKind(kind)} where a folder belongs` })
    } else if (!KNOWN.has(name))
      listing.ignored.push({
        file: name,
        reason: `${describeEntry(entry)}, not part of a Dossier workspace; ignored`
      })
  }
  for (const folder of folders) {
    for (const entry of (await entriesIn(dir, folder, listing)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = `${folder}/${entry.name}`
      const isJson = entry.name.endsWith('.json')
      if (TEMP_FILE.test(entry.name) && entry.isFile()) listing.tempFiles.push(file)
      else if (!entry.isFile()) {
        const what = await describeLink(dir, file, entry)
        if (isJson) listing.notFiles.push({ file, reason: `${what}, not a file: not loaded` })
        else listing.ignored.push({ file, reason: `${what}; ignored` })
      } else if (!isJson) listing.ignored.push({ file, reason: 'not a .json file; ignored' })
      else if (parseFileKey(file)) listing.files.push(file)
      else listing.badNames.push(file)
    }
  }
  return listing
}

/** The entries of a folder of the workspace; none when it does not exist. */
async function entriesIn(dir: string, folder: string, listing: WorkspaceListing): Promise<Dirent[]> {
  try {
    return await readdir(join(dir, folder), { withFileTypes: true })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return []
    if (code === 'ENOTDIR' && folder) {
      listing.notFiles.push({ file: folder, reason: 'a file where a folder belongs' })
      return []
    }
    throw err
  }
}

type Kind = 'file' | 'folder' | 'missing' | 'special'

/** What a path is, following symbolic links (the top-level files and folders are read through links). */
async function kindOf(path: string): Promise<Kind> {
  try {
    const st = await stat(path)
    return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'special'
  } catch {
    return 'missing'
  }
}

function describeKind(kind: Kind): string {
  if (kind === 'folder') return 'a folder'
  if (kind === 'file') return 'a file'
  if (kind === 'missing') return 'a broken symbolic link'
  return 'not a regular file (a FIFO, socket or device)'
}

function describeEntry(entry: Dirent): string {
  if (entry.isFile()) return 'a file'
  if (entry.isDirectory()) return 'a folder'
  if (entry.isSymbolicLink()) return 'a symbolic link'
  return 'a FIFO, socket or device'
}

async function describeLink(dir: string, file: string, entry: Dirent): Promise<string> {
  if (!entry.isSymbolicLink()) return describeEntry(entry)
  const target = await readlink(join(dir, file)).catch(() => '?')
  return `a symbolic link to ${target} (links inside a workspace are not followed)`
}
