export interface Span {
  id: string
  start: number
  end: number
}

/** Spans (sorted by start, not overlapping) that overlap [from, to); for an empty range, the span containing it. */
export function spansInRange<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.end <= from) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  for (let i = lo; i < sorted.length; i++) {
    const s = sorted[i]!
    if (from === to ? s.start > from : s.start >= to) break
    if (s.end > from || (from === to && s.end >= from)) out.push(s)
  }
  return out
}

export type TagTarget = { kind: 'statements'; ids: string[] } | { kind: 'annotation' }

/** Characters a selection may leave out at either end and still count as covering a whole statement. */
const SLACK = /^[\s"'“”‘’.,;:!?)\]–—-]*$/

/**
 * What "Tag…" applies to for a text selection: whole statements when the selection covers each statement it touches
 * (give or take surrounding whitespace and punctuation), otherwise a new highlight on just the selected words.
 */
export function tagTarget(text: string, sorted: readonly Span[], from: number, to: number): TagTarget {
  const touched = spansInRange(sorted, from, to)
  if (touched.length === 0) return { kind: 'annotation' }
  const first = touched[0]!
  const last = touched[touched.length - 1]!
  const headMissing = from > first.start ? text.slice(first.start, from) : ''
  const tailMissing = to < last.end ? text.slice(to, last.end) : ''
  if (SLACK.test(headMissing) && SLACK.test(tailMissing))
    return { kind: 'statements', ids: touched.map((s) => s.id) }
  return { kind: 'annotation' }
}

/** The next (dir 1) or previous (dir -1) span from the current one; the first/last when none is current. */
export function adjacentSpan<T extends Span>(
  sorted: readonly T[],
  currentId: string | null,
  dir: 1 | -1
): T | undefined {
  if (sorted.length === 0) return undefined
  const i = currentId ? sorted.findIndex((s) => s.id === currentId) : -1
  if (i < 0) return dir === 1 ? sorted[0] : sorted[sorted.length - 1]
  return sorted[Math.min(Math.max(i + dir, 0), sorted.length - 1)]
}

export interface TextRange {
  start: number
  end: number
}

/** Narrows a range to exclude whitespace at either end; null if nothing but whitespace is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  return e > s ? { start: s, end: e } : null
}

const WORD = /[\p{L}\p{N}'’_-]/u

/** Widens a range that starts or ends inside a word to cover the whole word, as readers expect of a highlight. */
export function snapToWords(text: string, range: TextRange): TextRange {
  let { start, end } = range
  if (WORD.test(text[start] ?? '')) while (start > 0 && WORD.test(text[start - 1]!)) start--
  if (WORD.test(text[end - 1] ?? '')) while (end < text.length && WORD.test(text[end]!)) end++
  return { start, end }
}

/** Where Shift+Right (dir 1) or Shift+Left (dir -1) moves a selection's end: past the next word, or back to its start. */
export function wordBoundary(text: string, offset: number, dir: 1 | -1): number {
  let i = offset
  if (dir === 1) {
    while (i < text.length && !WORD.test(text[i]!)) i++
    while (i < text.length && WORD.test(text[i]!)) i++
  } else {
    while (i > 0 && !WORD.test(text[i - 1]!)) i--
    while (i > 0 && WORD.test(text[i - 1]!)) i--
  }
  return i
}

/** Where Shift+Down (dir 1) or Shift+Up (dir -1) moves a selection's end: the next statement end, or previous start. */
export function statementBoundary(sorted: readonly Span[], offset: number, dir: 1 | -1): number {
  if (dir === 1) {
    for (const s of sorted) if (s.end > offset) return s.end
    return offset
  }
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.start < offset) return sorted[i]!.start
  return offset
}
