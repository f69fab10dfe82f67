export interface ParagraphRange {
  start: number
  end: number
}

/**
 * Maps document text offsets (UTF-16 code units) to ProseMirror positions and back, for a doc built as
 * doc > paragraph* > text where paragraph i holds text[start_i, end_i). Paragraph i's node starts at
 * P_i = Σ_{j<i} (len_j + 2) and its content at P_i + 1.
 */
export interface OffsetMap {
  /**
   * The position of a text offset. An offset in the gap between two paragraphs maps to the start of the next
   * paragraph with bias 'start' (where a range begins) and to the end of the previous one with bias 'end'.
   */
  toPos(offset: number, bias?: 'start' | 'end'): number
  /** The text offset of a position (positions between paragraphs clamp into the nearest paragraph). */
  toOffset(pos: number): number
  /** Index of the paragraph containing (or preceding) an offset; -1 before the first paragraph. */
  paragraphAt(offset: number): number
  /** The position where paragraph i's content starts. */
  contentStart(i: number): number
  readonly size: number
}

export function createOffsetMap(paragraphs: readonly ParagraphRange[]): OffsetMap {
  const n = paragraphs.length
  const contentStarts = new Array<number>(n)
  let pos = 0
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!
    contentStarts[i] = pos + 1
    pos += p.end - p.start + 2
  }
  const size = Math.max(pos, 2)

  const paragraphAt = (offset: number): number => {
    let lo = 0
    let hi = n - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (paragraphs[mid]!.start <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  const toPos = (offset: number, bias: 'start' | 'end' = 'start'): number => {
    if (n === 0) return 1
    const i = paragraphAt(offset)
    if (i < 0) return contentStarts[0]!
    const p = paragraphs[i]!
    if (offset <= p.end) return contentStarts[i]! + (offset - p.start)
    if (bias === 'start' && i + 1 < n) return contentStarts[i + 1]!
    return contentStarts[i]! + (p.end - p.start)
  }

  const toOffset = (position: number): number => {
    if (n === 0) return 0
    let lo = 0
    let hi = n - 1
    let i = 0
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (contentStarts[mid]! - 1 <= position) {
        i = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    const p = paragraphs[i]!
    const within = Math.min(Math.max(position - contentStarts[i]!, 0), p.end - p.start)
    return p.start + within
  }

  return { toPos, toOffset, paragraphAt, contentStart: (i) => contentStarts[i] ?? 1, size }
}
