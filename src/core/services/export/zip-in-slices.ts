import { gzip, gzipSync, strToU8 } from 'fflate'
import { finishInSlices, type SliceControl } from './run-in-slices'
import { utf8Steps } from './utf8-steps'

export interface ZipInSlicesOptions {
  /** DEFLATE level, 1–9. */
  level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9
  /** Every entry's modification time (a zip stores local time, from 1980 to 2099). */
  mtime: Date
}

/** From this size, an entry is compressed in a worker thread: at once, it would hold the event loop too long. */
const ASIDE_BYTES = 160_000

/**
 * The same bytes as fflate's `zipSync` of the files (text as UTF-8; text in parts as their concatenation) and
 * options, made without holding the event loop: small entries are compressed one by one with turns for other
 * work between them, large ones in a worker thread (one at a time) meanwhile. Each entry's DEFLATE stream and
 * CRC-32 come from a gzip member of it, which holds the same DEFLATE stream `deflateSync` writes. Throws an
 * AbortError once cancelled.
 */
export async function zipInSlices(
  files: Iterable<readonly [path: string, content: Uint8Array | string | readonly string[]]>,
  options: ZipInSlicesOptions,
  ctl: SliceControl = {}
): Promise<Uint8Array> {
  const time = dosTime(options.mtime)
  const compressed = await finishInSlices(compressSteps(files, options.level, ctl.signal), ctl)
  const entries = await Promise.all(
    compressed.map(async ({ path, size, member }) => entryOf(path, size, await member))
  )
  return finishInSlices(writeZip(entries, time), ctl)
}

/** Each file's gzip member, made at once when small and aside (one at a time) when large; pausing after each. */
function* compressSteps(
  files: Iterable<readonly [path: string, content: Uint8Array | string | readonly string[]]>,
  level: ZipInSlicesOptions['level'],
  signal?: AbortSignal
): Generator<void, { path: string; size: number; member: Promise<Uint8Array> }[]> {
  const out: { path: string; size: number; member: Promise<Uint8Array> }[] = []
  let aside: Promise<unknown> = Promise.resolve()
  for (const [path, content] of files) {
    const data =
      typeof content === 'string'
        ? strToU8(content)
        : content instanceof Uint8Array
          ? content
          : yield* utf8Steps(content)
    const size = data.length
    if (size >= ASIDE_BYTES) {
      // Bytes made here are moved to the worker, not copied; the caller's are copied.
      const consume = data !== content
      const member = aside.then(() => gzipAside(data, level, consume, signal))
      aside = member.catch(() => undefined)
      out.push({ path, size, member })
    } else {
      out.push({ path, size, member: Promise.resolve(gzipSync(data, { level, mtime: 0 })) })
    }
    yield
  }
  return out
}

interface Entry {
  name: Uint8Array
  /** The name has characters beyond ASCII (general purpose flag bit 11: UTF-8). */
  utf8: boolean
  size: number
  crc: number
  deflated: Uint8Array
}

/** A gzip member without a file name has a 10-byte header and ends with the CRC-32 and size of its data. */
function entryOf(path: string, size: number, member: Uint8Array): Entry {
  const name = strToU8(path)
  if (name.length > 65535) throw new Error(`zip entry name too long: ${path.slice(0, 80)}…`)
  const view = new DataView(member.buffer, member.byteOffset, member.byteLength)
  const end = member.length
  if (view.getUint32(end - 4, true) !== size >>> 0) throw new Error(`zip entry ${path}: compressed wrong`)
  return {
    name,
    utf8: name.length !== path.length,
    size,
    crc: view.getUint32(end - 8, true),
    deflated: member.subarray(10, end - 8)
  }
}

function gzipAside(
  data: Uint8Array,
  level: ZipInSlicesOptions['level'],
  consume: boolean,
  signal?: AbortSignal
) {
  signal?.throwIfAborted()
  return new Promise<Uint8Array>((resolve, reject) => {
    const onAbort = () => {
      stop()
      reject(signal!.reason)
    }
    const stop = gzip(data, { level, mtime: 0, consume }, (err, member) => {
      signal?.removeEventListener('abort', onAbort)
      if (err) reject(err)
      else resolve(member)
    })
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Local headers with the data, the central directory, then its end record: the layout `zipSync` writes; pausing
 * after each entry.
 */
function* writeZip(entries: readonly Entry[], time: number): Generator<void, Uint8Array> {
  let localBytes = 0
  let centralBytes = 0
  for (const e of entries) {
    localBytes += 30 + e.name.length + e.deflated.length
    centralBytes += 46 + e.name.length
  }
  const out = new Uint8Array(localBytes + centralBytes + 22)
  const view = new DataView(out.buffer)
  let at = 0
  let central = localBytes
  for (const e of entries) {
    const offset = at
    view.setUint32(at, 0x04034b50, true)
    at = header(view, at + 4, e, time)
    out.set(e.name, at)
    at += e.name.length
    out.set(e.deflated, at)
    at += e.deflated.length
    view.setUint32(central, 0x02014b50, true)
    view.setUint16(central + 4, 20, true)
    central = header(view, central + 6, e, time)
    // Comment length, disk number, internal and external attributes: none.
    view.setUint32(central + 10, offset, true)
    out.set(e.name, central + 14)
    central += 14 + e.name.length
    yield
  }
  view.setUint32(central, 0x06054b50, true)
  view.setUint16(central + 8, entries.length, true)
  view.setUint16(central + 10, entries.length, true)
  view.setUint32(central + 12, centralBytes, true)
  view.setUint32(central + 16, localBytes, true)
  return out
}

/** The fields a local header and a central directory entry share, from "version needed"; returns where they end. */
function header(view: DataView, at: number, e: Entry, time: number): number {
  view.setUint16(at, 20, true)
  view.setUint16(at + 2, e.utf8 ? 0x0800 : 0, true)
  view.setUint16(at + 4, 8, true)
  view.setUint32(at + 6, time, true)
  view.setUint32(at + 10, e.crc, true)
  view.setUint32(at + 14, e.deflated.length, true)
  view.setUint32(at + 18, e.size, true)
  view.setUint16(at + 22, e.name.length, true)
  return at + 26
}

/** MS-DOS date and time, in local time as `zipSync` writes them. */
function dosTime(d: Date): number {
  const year = d.getFullYear() - 1980
  if (!(year >= 0 && year <= 119)) throw new Error('zip dates must be between 1980 and 2099')
  return (
    ((year << 25) |
      ((d.getMonth() + 1) << 21) |
      (d.getDate() << 16) |
      (d.getHours() << 11) |
      (d.getMinutes() << 5) |
      (d.getSeconds() >> 1)) >>>
    0
  )
}
