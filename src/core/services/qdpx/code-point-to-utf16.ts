/**
 * Maps offsets counted in Unicode code points of `raw` (as REFI-QDA and the W3C selectors count) to UTF-16
 * offsets (as JavaScript strings and Dossier count) in `text`, which is `raw` with CRLF and lone CR turned
 * into LF. A CR dropped from a CRLF maps to the position of its LF. `toUtf16` returns null for an offset
 * outside 0..(number of code points).
 */
export function codePointToUtf16(raw: string): {
  text: string
  toUtf16: (codePoint: number) => number | null
} {
  const simple = !/[\r\uD800-\uDFFF]/.test(raw)
  if (simple) {
    return { text: raw, toUtf16: (cp) => (Number.isInteger(cp) && cp >= 0 && cp <= raw.length ? cp : null) }
  }
  const map = new Int32Array(raw.length + 1) // code points never outnumber UTF-16 units
  let out = 0
  let cp = 0
  let text = ''
  let chunkStart = 0
  for (let i = 0; i < raw.length; cp++) {
    map[cp] = out
    const c = raw.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) {
      const d = raw.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        i += 2
        out += 2
        continue
      }
    }
    if (c === 0x0d) {
      text += raw.slice(chunkStart, i)
      if (raw.charCodeAt(i + 1) !== 0x0a) {
        text += '\n' // a lone CR becomes LF and keeps its place
        out += 1
      } // the CR of a CRLF is dropped; the LF that follows is kept
      i += 1
      chunkStart = i
      continue
    }
    i += 1
    out += 1
  }
  map[cp] = out
  text += raw.slice(chunkStart)
  const count = cp
  return { text, toUtf16: (n) => (Number.isInteger(n) && n >= 0 && n <= count ? map[n]! : null) }
}
