import { constants, crc32, deflateRawSync } from 'node:zlib'
import { concat, type RawZipEntry } from './write-zip'

export interface Repetition {
  head?: string
  /** Repeated `times` times; compressed once, so 400 MB of output costs a few hundred KB to generate. */
  unit: string
  times: number
  tail?: string
  /** The size the headers declare; by default the true size. */
  declaredSize?: number
}

/**
 * A deflated entry whose content is `head + unit × times + tail`, built without ever holding the content:
 * each piece is deflated with a full flush (byte-aligned, no back-references across it), so the compressed
 * unit can be repeated as is. The CRC is computed piece by piece.
 */
export function repeatedEntry(name: string, r: Repetition): RawZipEntry {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
  const head = enc(r.head ?? '')
  const unit = enc(r.unit)
  const tail = enc(r.tail ?? '')
  const flush = { finishFlush: constants.Z_FULL_FLUSH }
  const compressedUnit = deflateRawSync(unit, flush)
  const parts = [deflateRawSync(head, flush)]
  let crc = crc32(head)
  for (let i = 0; i < r.times; i++) {
    parts.push(compressedUnit)
    crc = crc32(unit, crc)
  }
  parts.push(deflateRawSync(tail))
  crc = crc32(tail, crc)
  const size = head.byteLength + unit.byteLength * r.times + tail.byteLength
  return { name, method: 8, data: concat(parts), size: r.declaredSize ?? size, crc }
}
