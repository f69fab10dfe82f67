import { closeSync, fdatasyncSync, fstatSync, openSync, readSync, renameSync, writeSync } from 'node:fs'
import { mkdir, open, readFile, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { writeFileDurably } from '../store/durable-json-file'
import { fsyncDir, fsyncDirSync } from '../store/fsync-dir'

/** A Y.Doc as saved: written whole once, then the updates appended after it. */
export interface SavedDoc {
  /** The Y.Doc as last written whole (a Yjs update). */
  state: Uint8Array
  /** The updates appended after it, in order. */
  updates: Uint8Array[]
  /** Bytes of the appended updates. */
  logBytes: number
  /** The last update was cut short (a crash while appending): the doc should be written whole again. */
  torn: boolean
}

const missing = (err: NodeJS.ErrnoException) => {
  if (err.code === 'ENOENT') return null
  throw err
}

/** A Yjs update that changes nothing: the state of a doc whose updates were all appended. */
const EMPTY_UPDATE = new Uint8Array([0, 0])

/** The Y.Doc saved in `statePath` and `logPath`, or null when there is none. */
export async function readSavedDoc(statePath: string, logPath: string): Promise<SavedDoc | null> {
  const log = await readFile(logPath).catch(missing)
  const state = (await readFile(statePath).catch(missing)) ?? (log ? EMPTY_UPDATE : null)
  if (!state) return null
  const updates: Uint8Array[] = []
  // Each record is its length (4 bytes) and the update; a record cut short by a crash ends the log.
  let at = 0
  while (log && at + 4 <= log.length) {
    const length = log.readUInt32LE(at)
    if (at + 4 + length > log.length) break
    updates.push(log.subarray(at + 4, at + 4 + length))
    at += 4 + length
  }
  return { state, updates, logBytes: at, torn: log !== null && at < log.length }
}

/** Writes the whole Y.Doc crash-safely (temp file, fsync, rename, fsync of the folder), replacing the updates. */
export async function writeWholeDoc(statePath: string, logPath: string, state: Uint8Array): Promise<void> {
  await mkdir(dirname(statePath), { recursive: true })
  await writeFileDurably(statePath, state)
  // A crash before this leaves updates the state already holds: applying them again changes nothing.
  await rm(logPath, { force: true })
}

/** Appends an update made since the doc was written whole, and fsyncs it. */
export async function appendDocUpdate(logPath: string, update: Uint8Array): Promise<void> {
  const header = Buffer.alloc(4)
  header.writeUInt32LE(update.length)
  const file = await open(logPath, 'a')
  try {
    const { size } = await file.stat()
    await file.writeFile(Buffer.concat([header, update]))
    await file.datasync()
    if (size === 0) await fsyncDir(dirname(logPath))
  } finally {
    await file.close()
  }
}

const record = (update: Uint8Array): Buffer => {
  const header = Buffer.alloc(4)
  header.writeUInt32LE(update.length)
  return Buffer.concat([header, update])
}

/** Appends an update and fsyncs it before returning (blocking), so whoever is told it is saved can rely on it. */
export function appendDocUpdateSync(logPath: string, update: Uint8Array): void {
  const fd = openSync(logPath, 'a')
  try {
    const created = fstatSync(fd).size === 0
    writeSync(fd, record(update))
    fdatasyncSync(fd)
    if (created) fsyncDirSync(dirname(logPath))
  } finally {
    closeSync(fd)
  }
}

/**
 * Keeps the log's bytes from `from` to `to` (its end by default), durably: after a whole write, the records the
 * state now holds go; after a crash mid-append, the torn record does. Without yielding, so no append comes between.
 */
export function rewriteLogSync(logPath: string, range: { from: number; to?: number }): void {
  let fd: number
  try {
    fd = openSync(logPath, 'r')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw err
  }
  let kept: Buffer
  try {
    const to = range.to ?? fstatSync(fd).size
    kept = Buffer.alloc(Math.max(0, to - range.from))
    if (kept.length > 0) readSync(fd, kept, 0, kept.length, range.from)
  } finally {
    closeSync(fd)
  }
  const tmp = `${logPath}.tmp`
  const out = openSync(tmp, 'w')
  try {
    writeSync(out, kept)
    fdatasyncSync(out)
  } finally {
    closeSync(out)
  }
  renameSync(tmp, logPath)
  fsyncDirSync(dirname(logPath))
}
