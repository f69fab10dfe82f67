/**
 * Converts UTF-16 offsets (what JavaScript strings and Dossier store) into Unicode code point offsets (what the
 * W3C TextPositionSelector and REFI-QDA's PlainTextSelection count). Built once per text: it records where the
 * surrogate pairs are, so each conversion is a binary search.
 *
 * An offset that falls inside a surrogate pair maps to the code point that pair encodes (it rounds down).
 */
export function utf16ToCodePoint(text: string): (utf16Offset: number) => number {
  const pairs: number[] = []
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i)
        i++
      }
    }
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length))
    // Count the pairs whose high surrogate sits before the offset.
    let lo = 0
    let hi = pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (pairs[mid]! < clamped) lo = mid + 1
      else hi = mid
    }
    return clamped - lo
  }
}

/** Slices `text` by code point offsets (for tests and importers checking an export). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
}
