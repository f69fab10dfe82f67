/** Bytes per piece: a multiple of 3, so the pieces' base64 texts join into the whole's. */
const PIECE_BYTES = 3 * 256 * 1024

/** The base64 text of `bytes`, a piece at a time, pausing after each (run it with finishInSlices). */
export function* base64Steps(bytes: Uint8Array): Generator<void, string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let out = ''
  for (let at = 0; at < buffer.length; at += PIECE_BYTES) {
    out += buffer.toString('base64', at, Math.min(at + PIECE_BYTES, buffer.length))
    yield
  }
  return out
}
