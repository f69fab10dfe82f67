import { closeSync, fsync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'
import { fsyncDir } from './fsync-dir'

export interface DurableWriteOptions {
  /** fsync the containing folder after the rename (default true). Batch writers turn it off and sync once. */
  syncDir?: boolean
  /** Test seam: called once the temp file exists, before its content is written. Throwing aborts the write. */
  onTempFile?: (tmpPath: string) => void | Promise<void>
  /**
   * Awaited after the temp file is written and synced, before it is renamed into place: a batch writer passes
   * "the backups are durable", so that work overlaps the write while the order on disk stays backup first.
   */
  beforeRename?: () => Promise<unknown>
}

export interface DurableJsonFileOptions extends DurableWriteOptions {
  /** Indentation of the written JSON; compact when omitted. */
  indent?: number
}

/** The exact text written for `data`, so a caller can compare a file's bytes with what would be written. */
export function serializeJson(data: unknown, indent?: number): string {
  return JSON.stringify(data, null, indent) + '\n'
}

let tempCount = 0
const fsyncFd = promisify(fsync)

/**
 * Writes `content` to a new temp file beside `filename` (`<name>.<digits>`, same folder, so a rename is atomic)
 * and fsyncs it; returns its path. On failure the temp file is removed and the error thrown. Callers that write
 * several files all-or-nothing write every temp file first, then rename each into place.
 */
export async function writeTempFile(
  filename: string,
  content: string | Uint8Array,
  opts: Pick<DurableWriteOptions, 'onTempFile'> = {}
): Promise<string> {
  let tmp = ''
  let fd = -1
  for (let attempt = 0; fd < 0; attempt++) {
    tmp = `${filename}.${process.pid}${++tempCount}${attempt ? Math.floor(Math.random() * 1e6) : ''}`
    try {
      fd = openSync(tmp, 'wx')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw err
    }
  }
  try {
    try {
      await opts.onTempFile?.(tmp)
      writeFileSync(fd, content)
      await fsyncFd(fd)
    } finally {
      closeSync(fd)
    }
  } catch (err) {
    removeQuietly(tmp)
    throw err
  }
  return tmp
}

/** Removes a temp file; already gone (or its folder is) is fine. */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // Nothing to clean.
  }
}

/**
 * Writes `content` to `filename` so that a crash leaves either the old or the new content, never a mix:
 * a temp file in the same folder (`<name>.<digits>`, removed by the next open if left behind), fsync, rename
 * over the target, then fsync of the folder. A failure removes the temp file and leaves the target as it was.
 *
 * Only the fsyncs wait on the thread pool; the short calls (open, write to the page cache, close, rename) are
 * made directly, which keeps a save's latency and its jitter close to the disk's own.
 */
export async function writeFileDurably(
  filename: string,
  content: string | Uint8Array,
  opts: DurableWriteOptions = {}
): Promise<void> {
  const tmp = await writeTempFile(filename, content, opts)
  try {
    await opts.beforeRename?.()
    renameSync(tmp, filename)
  } catch (err) {
    removeQuietly(tmp)
    throw err
  }
  if (opts.syncDir !== false) await fsyncDir(dirname(filename))
}

/**
 * A lowdb adapter for one JSON file that writes crash-safely (see writeFileDurably). `read` returns null when the
 * file does not exist and throws (SyntaxError) when it is not valid JSON, so a caller never mistakes a damaged
 * file for a missing one and writes defaults over it.
 *
 * Use with `new Low(new DurableJsonFile(path), defaultData)`; never through lowdb's preset helpers (they swap to memory under NODE_ENV=test).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private serialized: { data: T; text: string } | null = null

  constructor(
    readonly filename: string,
    private readonly options: DurableJsonFileOptions = {}
  ) {}

  /** The exact text `write(data)` writes, made once per data object: a caller that needs it too pays one stringify. */
  textOf(data: T): string {
    if (this.serialized?.data !== data)
      this.serialized = { data, text: serializeJson(data, this.options.indent) }
    return this.serialized.text
  }

  async read(): Promise<T | null> {
    const result = await this.readValue()
    return result.found ? (result.value as T) : null
  }

  /** Like `read`, but tells a missing file apart from one that holds `null`. */
  async readValue(): Promise<{ found: false } | { found: true; value: unknown }> {
    let text: string
    try {
      text = await readFile(this.filename, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { found: false }
      throw err
    }
    // A byte-order mark (added by some editors) is not part of the JSON.
    return { found: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.filename, this.textOf(data), this.options)
  }
}
