import { SCHEMA_VERSION, type DamagedFile } from './files'
import { listWorkspaceFiles } from './list-workspace-files'
import { mapWithConcurrency } from './map-with-concurrency'
import { readCheckedFile } from './read-checked-file'
import { emptyStoreData, setFileData, type CheckedWrite, type StoreData } from './store-data'
import type { StoreHooks } from './store-hooks'

/** Files read at once. */
const READ_CONCURRENCY = 16

export interface LoadedWorkspace {
  data: StoreData
  damaged: DamagedFile[]
  /** Files that were read from an older schema and migrated in memory; written back by a writable open. */
  migrated: CheckedWrite[]
  tempFiles: string[]
  /** The files that read and validated (the ones a last good copy may be taken of). */
  validFiles: string[]
  /** Entries that are no part of the workspace, with why they were not read. */
  ignored: DamagedFile[]
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
    tempFiles: listing.tempFiles,
    validFiles: [],
    ignored: listing.ignored
  }
  const total = listing.files.length
  let done = 0
  opts.onProgress?.(0, total)
  // workspace.json first: migrating the other files may need the workspace's id.
  const first = listing.files.includes('workspace.json')
    ? await readCheckedFile(dir, 'workspace.json', opts.hooks)
    : null
  if (first) opts.onProgress?.(++done, total)
  const context = { workspaceId: first?.ok && 'meta' in first.data ? first.data.meta.id : null }
  const results = await mapWithConcurrency(listing.files, READ_CONCURRENCY, async (file) => {
    if (file === 'workspace.json' && first) return first
    const result = await readCheckedFile(dir, file, opts.hooks, context)
    opts.onProgress?.(++done, total)
    return result
  })
  results.forEach((result, i) => {
    const file = listing.files[i] as string
    if (!result.ok) {
      loaded.damaged.push({ file, reason: result.reason })
      return
    }
    loaded.validFiles.push(file)
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
  loaded.damaged.push(...listing.notFiles)
  return loaded
}
