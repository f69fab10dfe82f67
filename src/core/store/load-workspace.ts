import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { SCHEMA_VERSION, parseFileKey, type DamagedFile } from './files'
import { mapWithConcurrency } from './map-with-concurrency'
import { readCheckedFile } from './read-checked-file'
import { emptyStoreData, setFileData, type CheckedWrite, type StoreData } from './store-data'
import type { StoreHooks } from './store-hooks'

/** Files read at once. */
const READ_CONCURRENCY = 16
/** Temp files left by an interrupted atomic write (`<name>.<number>`). */
const TEMP_FILE = /\.json\.\d+$/

export interface WorkspaceListing {
  /** Every workspace file (relative): workspace.json, links.json, speakers.json, documents/*, notes/*, links/*. */
  files: string[]
  /** `.json` files in documents/ or notes/ whose name is not a valid id. */
  badNames: string[]
  /** Leftover temp files of interrupted writes (relative paths). */
  tempFiles: string[]
}

export async function listWorkspaceFiles(dir: string): Promise<WorkspaceListing> {
  const listing: WorkspaceListing = { files: ['workspace.json', 'links.json'], badNames: [], tempFiles: [] }
  for (const name of await namesIn(dir)) {
    if (TEMP_FILE.test(name)) listing.tempFiles.push(name)
    if (name === 'speakers.json') listing.files.push(name)
  }
  for (const folder of ['documents', 'notes', 'links']) {
    for (const name of (await namesIn(join(dir, folder))).sort()) {
      const file = `${folder}/${name}`
      if (TEMP_FILE.test(name)) listing.tempFiles.push(file)
      else if (!name.endsWith('.json')) continue
      else if (parseFileKey(file)) listing.files.push(file)
      else listing.badNames.push(file)
    }
  }
  return listing
}

/** Names of the regular files in a folder; none when the folder does not exist. */
async function namesIn(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true })
    return entries.filter((e) => e.isFile()).map((e) => e.name)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
}

export interface LoadedWorkspace {
  data: StoreData
  damaged: DamagedFile[]
  /** Files that were read from an older schema and migrated in memory; written back by a writable open. */
  migrated: CheckedWrite[]
  tempFiles: string[]
}

/**
 * Reads every file of the workspace in parallel (bounded), migrating and validating each. A file that fails is
 * recorded in `damaged` with a short reason; everything else still loads. Never writes.
 */
export async function loadWorkspace(
  dir: string,
  opts: { onProgress?: (done: number, total: number) => void; hooks?: StoreHooks } = {}
): Promise<LoadedWorkspace> {
  const listing = await listWorkspaceFiles(dir)
  const loaded: LoadedWorkspace = {
    data: emptyStoreData(),
    damaged: [],
    migrated: [],
    tempFiles: listing.tempFiles
  }
  const total = listing.files.length
  let done = 0
  opts.onProgress?.(0, total)
  const results = await mapWithConcurrency(listing.files, READ_CONCURRENCY, async (file) => {
    const result = await readCheckedFile(dir, file, opts.hooks)
    opts.onProgress?.(++done, total)
    return result
  })
  results.forEach((result, i) => {
    const file = listing.files[i] as string
    if (!result.ok) {
      loaded.damaged.push({ file, reason: result.reason })
      return
    }
    const write: CheckedWrite = { key: result.key, kind: result.kind, id: result.id, data: result.data }
    setFileData(loaded.data, write)
    if (result.fromVersion < SCHEMA_VERSION) loaded.migrated.push(write)
  })
  for (const file of listing.badNames) {
    loaded.damaged.push({
      file,
      reason: 'not a valid file name: ids may contain only letters, digits, "_", "-" and "."'
    })
  }
  return loaded
}
