// A multiple of 3, so every chunk encodes to whole base64 quads and the chunks can simply be concatenated.
const ENCODE_CHUNK = 3 * 0x8000
// String.fromCharCode takes its bytes as arguments: keep each call well under the engine's argument limit.
const CHAR_CHUNK = 0x2000

/** Base64 of any size of buffer, chunked so that a 50 MB file neither overflows the stack nor stalls on one string. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += ENCODE_CHUNK) {
    const chunk = bytes.subarray(start, Math.min(start + ENCODE_CHUNK, bytes.length))
    let binary = ''
    for (let i = 0; i < chunk.length; i += CHAR_CHUNK) {
      binary += String.fromCharCode(...chunk.subarray(i, i + CHAR_CHUNK))
    }
    parts.push(btoa(binary))
  }
  return parts.join('')
}

/** Decodes base64 (as `export.run` returns binary files) to bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
