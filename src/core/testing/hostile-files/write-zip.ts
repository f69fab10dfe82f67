import { crc32, deflateRawSync } from 'node:zlib'

/** A zip entry exactly as it will be written: its data as stored, and what its headers claim. */
export interface RawZipEntry {
  name: string
  /** 0 stored, 8 deflate. */
  method: 0 | 8
  /** The bytes written after the local header (compressed when method is 8). */
  data: Uint8Array
  /** The uncompressed size the headers declare: a lying header is simply a wrong number here. */
  size: number
  crc: number
}

/** An entry deflated honestly: its headers tell the truth. */
export function deflatedEntry(name: string, content: string | Uint8Array, method: 0 | 8 = 8): RawZipEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return {
    name,
    method,
    data: method === 8 ? deflateRawSync(bytes) : bytes,
    size: bytes.byteLength,
    crc: crc32(bytes)
  }
}

/** Writes a zip (local headers, data, central directory, end record) with the entries' claims as given. */
export function writeZip(entries: RawZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name)
    const local = header(30 + name.length, (v) => {
      v.setUint32(0, 0x04034b50, true)
      v.setUint16(4, 20, true)
      v.setUint16(6, 0x800, true)
      v.setUint16(8, e.method, true)
      v.setUint32(14, e.crc, true)
      v.setUint32(18, e.data.byteLength, true)
      v.setUint32(22, e.size, true)
      v.setUint16(26, name.length, true)
    })
    local.set(name, 30)
    central.push(
      (() => {
        const c = header(46 + name.length, (v) => {
          v.setUint32(0, 0x02014b50, true)
          v.setUint16(4, 20, true)
          v.setUint16(6, 20, true)
          v.setUint16(8, 0x800, true)
          v.setUint16(10, e.method, true)
          v.setUint32(16, e.crc, true)
          v.setUint32(20, e.data.byteLength, true)
          v.setUint32(24, e.size, true)
          v.setUint16(28, name.length, true)
          v.setUint32(42, offset, true)
        })
        c.set(name, 46)
        return c
      })()
    )
    parts.push(local, e.data)
    offset += local.byteLength + e.data.byteLength
  }
  const dirSize = central.reduce((n, c) => n + c.byteLength, 0)
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true)
    v.setUint16(8, entries.length, true)
    v.setUint16(10, entries.length, true)
    v.setUint32(12, dirSize, true)
    v.setUint32(16, offset, true)
  })
  return concat([...parts, ...central, end])
}

function header(length: number, fill: (v: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(length)
  fill(new DataView(bytes.buffer))
  return bytes
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}
