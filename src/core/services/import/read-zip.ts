import { crc32, inflateRawSync } from 'node:zlib'
import { formatMegabytes, MAX_UNZIPPED_BYTES } from './limits'
import { entryDataOffset, zipDirectory, type ZipEntry } from './zip-directory'
import { ZipReadError } from './zip-read-error'

export { ZipReadError } from './zip-read-error'

export interface ReadZipOptions {
  /** Which entries to decompress (by their name in the zip). */
  want: (name: string) => boolean
  /** Called with every entry's name first; may throw (an ImportError for an unsafe name, say). */
  inspect?: (name: string) => void
  /**
   * The most one wanted entry may expand to: a document part far larger than any text Dossier keeps is refused
   * before its parser spends minutes on it ("its entry word/document.xml expands past 64 MB").
   */
  maxEntryBytes?: number
}

const CHUNK = 64 * 1024

/**
 * Decompresses the wanted entries of a zip, reading its central directory. Errors thrown by `inspect` pass
 * through. ZipReadError 'too-large' ("expands past 200 MB") when the wanted entries declare more than
 * MAX_UNZIPPED_BYTES in total, before anything is inflated. Each entry is inflated with its declared size as
 * the cap, checked as the data arrives, so no entry can expand past what its header says; an entry whose data
 * is larger or smaller than declared, fails its CRC, is encrypted, uses another compression than deflate, or is
 * listed twice is ZipReadError 'damaged' naming the entry. A truncated file or no zip at all: 'damaged'.
 */
export function readZip(bytes: Uint8Array, opts: ReadZipOptions): Map<string, Uint8Array> {
  const entries = zipDirectory(bytes)
  for (const e of entries) opts.inspect?.(e.name)
  const wanted = entries.filter((e) => opts.want(e.name))
  const declared = wanted.reduce((sum, e) => sum + e.size, 0)
  if (declared > MAX_UNZIPPED_BYTES) throw tooLarge()
  const max = opts.maxEntryBytes
  const huge = max === undefined ? undefined : wanted.find((e) => e.size > max)
  if (huge) throw entryTooLarge(huge, max!)
  const out = new Map<string, Uint8Array>()
  let total = 0
  for (const entry of wanted) {
    if (out.has(entry.name)) throw damaged(entry, 'is listed twice')
    const data = inflateEntry(bytes, entry, Math.min(entry.size, MAX_UNZIPPED_BYTES - total, max ?? Infinity))
    total += data.byteLength
    if (total > MAX_UNZIPPED_BYTES) throw tooLarge()
    out.set(entry.name, data)
  }
  return out
}

/** The entry's data, at most `cap` bytes, checked against its declared size and CRC. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  if (entry.encrypted) throw damaged(entry, 'is encrypted')
  const start = entryDataOffset(bytes, entry)
  const raw = bytes.subarray(start, start + entry.compressedSize)
  let data: Uint8Array
  if (entry.method === 0) {
    data = raw.slice(0, cap + 1)
  } else if (entry.method === 8) {
    try {
      // maxOutputLength is checked chunk by chunk while inflating: a bomb stops at `cap` bytes.
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap), chunkSize: CHUNK })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw damaged(entry, 'is larger than its header says')
      throw damaged(entry, 'does not inflate (corrupt data)')
    }
  } else {
    throw damaged(entry, `uses an unsupported compression method (${entry.method})`)
  }
  if (data.byteLength > entry.size) throw damaged(entry, 'is larger than its header says')
  if (data.byteLength < entry.size) throw damaged(entry, 'is smaller than its header says')
  if (crc32(data) >>> 0 !== entry.crc >>> 0) throw damaged(entry, 'fails its checksum')
  return data
}

function tooLarge(): ZipReadError {
  return new ZipReadError('too-large', `expands past ${formatMegabytes(MAX_UNZIPPED_BYTES)}`)
}

function entryTooLarge(entry: ZipEntry, max: number): ZipReadError {
  return new ZipReadError(
    'too-large',
    `has an entry "${entry.name}" that expands past ${formatMegabytes(max)}`,
    entry.name
  )
}

function damaged(entry: ZipEntry, why: string): ZipReadError {
  return new ZipReadError('damaged', `is damaged: its entry "${entry.name}" ${why}`, entry.name)
}
