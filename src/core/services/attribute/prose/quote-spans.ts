/**
 * Where a text quotes someone: the spans between double quotation marks, paragraph by paragraph. Curly marks say
 * which way they face; a straight mark (and a curly one used the wrong way round, as in a mixed
 * `"… conflict” and “undermine …,"`) opens after a space or an opening bracket and closes otherwise. A quotation
 * still open at the end of its paragraph ends there (news style leaves it open when the next paragraph goes on
 * quoting). Single marks are not read: they are apostrophes as often as quotes.
 */
export interface Span {
  start: number
  end: number
}

/** A quotation: from its opening mark to its closing mark (both included), or to the end of its paragraph. */
export interface Quote extends Span {
  closed: boolean
}

const OPENING = new Set(['“', '„', '«'])
const CLOSING = new Set(['”', '»'])
const MARKS = /["“”„«»]/g

function opensHere(text: string, at: number): boolean {
  const ch = text[at]!
  const before = at > 0 ? text[at - 1]! : ' '
  const after = text[at + 1] ?? ' '
  if (/\s/.test(after)) return false
  if (/[\s([{—–-]/.test(before)) return true
  if (OPENING.has(ch)) return !/[\p{L}\p{N}.,;:!?]/u.test(before)
  return false
}

/** Quoted spans (marks included) of each paragraph, in text order. */
export function quoteSpans(text: string, paragraphs: Span[]): Quote[] {
  const spans: Quote[] = []
  for (const p of paragraphs) {
    const slice = text.slice(p.start, p.end)
    let open: number | null = null
    for (const m of slice.matchAll(MARKS)) {
      const at = p.start + m.index
      const ch = m[0]
      if (open === null) {
        if (CLOSING.has(ch) && !opensHere(text, at)) continue // a stray closing mark
        open = at
      } else if (OPENING.has(ch) && opensHere(text, at) && !/[.,;:!?]/.test(text[at - 1] ?? '')) {
        // An opening mark inside an open quotation: the earlier one was never closed.
        spans.push({ start: open, end: at, closed: false })
        open = at
      } else {
        spans.push({ start: open, end: at + 1, closed: true })
        open = null
      }
    }
    if (open !== null) spans.push({ start: open, end: p.end, closed: false })
  }
  return spans
}

/** `text` with every character inside a quotation (not the marks) replaced by a space: offsets are unchanged. */
export function maskQuoted(text: string, quotes: Quote[]): string {
  let out = ''
  let from = 0
  for (const q of quotes) {
    const a = Math.max(q.start + 1, from)
    const b = q.closed ? q.end - 1 : q.end
    if (b <= a) continue
    out += text.slice(from, a) + ' '.repeat(b - a)
    from = b
  }
  return out + text.slice(from)
}

/** Whether `[start, end)` has letters and every one of them is quoted (`masked` is maskQuoted's result). */
export function allQuoted(text: string, masked: string, start: number, end: number): boolean {
  return /\p{L}/u.test(text.slice(start, end)) && !/\p{L}/u.test(masked.slice(start, end))
}
