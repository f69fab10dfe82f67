/**
 * The UTF-8 bytes of `parts.join('')`, measured then encoded part by part, pausing after each (run it with
 * finishInSlices), so that a long text is never flattened, encoded or copied at once. A part must not end
 * inside a surrogate pair.
 */
export function* utf8Steps(parts: readonly string[]): Generator<void, Uint8Array> {
  let length = 0
  for (const part of parts) {
    length += Buffer.byteLength(part)
    yield
  }
  const out = new Uint8Array(length)
  const encoder = new TextEncoder()
  let at = 0
  for (const part of parts) {
    at += encoder.encodeInto(part, out.subarray(at)).written
    yield
  }
  return out
}
