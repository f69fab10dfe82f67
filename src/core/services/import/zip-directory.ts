import { ZipReadError } from './zip-read-error'

/** One entry of a zip's central directory, with where its data starts. */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate; anything else is refused when the entry is read. */
  method: number
  encrypted: boolean
  crc: number
  compressedSize: number
  /** The uncompressed size the directory declares (which the data may contradict). */
  size: number
  /** Offset of the entry's local header. */
  localOffset: number
}

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX_COMMENT = 0xffff

/**
 * The entries listed in a zip's central directory (ZIP64 included), in order. Throws ZipReadError 'damaged'
 * when there is no end-of-directory record or the directory runs past the end of the file.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const damaged = (why: string): ZipReadError => new ZipReadError('damaged', why)
  let end = -1
  for (let p = bytes.length - 22; p >= 0 && p >= bytes.length - 22 - MAX_COMMENT; p--) {
    if (view.getUint32(p, true) === EOCD) {
      end = p
      break
    }
  }
  if (end < 0) throw damaged('no end of central directory (truncated or not a zip)')
  let count: number = view.getUint16(end + 10, true)
  let dirOffset: number = view.getUint32(end + 16, true)
  if (count === 0xffff || dirOffset === 0xffffffff) {
    const locator = end - 20
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw damaged('no ZIP64 locator')
    const record = safeNumber(view.getBigUint64(locator + 8, true))
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD)
      throw damaged('no ZIP64 end of central directory')
    count = safeNumber(view.getBigUint64(record + 32, true))
    dirOffset = safeNumber(view.getBigUint64(record + 48, true))
  }
  const entries: ZipEntry[] = []
  let p = dirOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL)
      throw damaged('the central directory is cut short')
    const flags = view.getUint16(p + 8, true)
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    if (p + 46 + nameLength + extraLength > bytes.length) throw damaged('the central directory is cut short')
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength)
    const entry: ZipEntry = {
      name: new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(rawName),
      method: view.getUint16(p + 10, true),
      encrypted: (flags & 1) !== 0,
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true)
    }
    readZip64Extra(view, p + 46 + nameLength, extraLength, entry)
    entries.push(entry)
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Where an entry's compressed data starts, from its local header; 'damaged' if it lies outside the file. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw new ZipReadError('damaged', `no local header for ${entry.name}`, entry.name)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.compressedSize > bytes.length)
    throw new ZipReadError('damaged', `${entry.name} is cut short`, entry.name)
  return start
}

/** Replaces the 32-bit fields set to 0xFFFFFFFF with their 64-bit values from the ZIP64 extra field. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  const fields = (['size', 'compressedSize', 'localOffset'] as const).filter((k) => entry[k] === 0xffffffff)
  if (fields.length === 0) return
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true)
    const size = view.getUint16(p + 2, true)
    if (id === 0x0001) {
      fields.forEach((k, i) => {
        if (8 * i + 8 <= size) entry[k] = safeNumber(view.getBigUint64(p + 4 + 8 * i, true))
      })
      return
    }
    p += 4 + size
  }
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipReadError('damaged', 'a ZIP64 size is out of range')
  return Number(n)
}
