import type { TextRange } from './segment-text'

const INDENTED = /^[ \t]{1,8}\S/

/**
 * Hard-wrapped text whose paragraphs start with an indented first line (the Congressional Record, typescript
 * reports): inside a block, each line indented by 1–8 spaces while its neighbours are not starts a paragraph.
 * Blocks where every line or no line is indented are left alone.
 */
export function splitAtIndents(text: string, paragraphs: TextRange[]): TextRange[] {
  const out: TextRange[] = []
  for (const p of paragraphs) {
    const starts = lineStarts(text, p)
    if (starts.length < 2) {
      out.push(p)
      continue
    }
    const lineAt = (i: number) => text.slice(lineBegin(text, starts[i]!), starts[i + 1] ?? p.end)
    const indented = starts.map((_, i) => INDENTED.test(lineAt(i)))
    const inner = indented.slice(1)
    if (!inner.some(Boolean) || inner.every(Boolean)) {
      out.push(p)
      continue
    }
    out.push(
      ...splitAt(
        text,
        p,
        starts.filter((_, i) => i > 0 && indented[i])
      )
    )
  }
  return out
}

/**
 * Hard-wrapped text with no blank lines, whose paragraphs start with an indented first line (a pasted
 * Congressional Record excerpt): findParagraphs makes each line a paragraph there; this joins each indented line
 * with the unindented lines after it. Applies only when a fifth of the lines or more are indented and as many are
 * not, and every paragraph is one line.
 */
export function joinIndentedRuns(text: string, paragraphs: TextRange[]): TextRange[] {
  if (paragraphs.length < 3 || paragraphs.some((p) => text.slice(p.start, p.end).includes('\n')))
    return paragraphs
  if (/\n[\t ]*\n/.test(text.slice(paragraphs[0]!.start, paragraphs.at(-1)!.end))) return paragraphs
  const indented = paragraphs.map((p) => INDENTED.test(text.slice(lineBegin(text, p.start), p.end)))
  const share = indented.filter(Boolean).length / paragraphs.length
  if (share < 0.2 || share > 0.8) return paragraphs
  const out: TextRange[] = []
  paragraphs.forEach((p, i) => {
    const last = out[out.length - 1]
    if (last && !indented[i] && /\S/.test(text.slice(last.start, last.end))) last.end = p.end
    else out.push({ ...p })
  })
  return out
}

const LIST_ITEM = /^[\t ]*(?:[*•◦▪‣–-]|\d{1,3}[.)])[\t ]+\S/
const CAPS_HEADING = /^[\t ]*[\p{Lu}\d][\p{Lu}\d ,&'’/-]{2,60}$/u

/**
 * Inside a block of lines, a list item ("* …", "• …", "- …", "1. …") and a heading in capitals ("FIGHTING") each
 * start a paragraph of their own, as they read: a recap's items are not one paragraph.
 */
export function splitListItems(text: string, paragraphs: TextRange[]): TextRange[] {
  const out: TextRange[] = []
  for (const p of paragraphs) {
    const starts = lineStarts(text, p)
    if (starts.length < 2) {
      out.push(p)
      continue
    }
    const lineAt = (i: number) => text.slice(starts[i]!, (starts[i + 1] ?? p.end + 1) - 1)
    const cuts: number[] = []
    starts.forEach((at, i) => {
      const line = lineAt(i)
      const isItem = LIST_ITEM.test(line)
      const isHeading = CAPS_HEADING.test(line) && /\p{Lu}{3}/u.test(line)
      if (i > 0 && (isItem || isHeading)) cuts.push(at)
      if (isHeading && i + 1 < starts.length) cuts.push(starts[i + 1]!)
    })
    out.push(
      ...splitAt(
        text,
        p,
        [...new Set(cuts)].sort((a, b) => a - b)
      )
    )
  }
  return out
}

/** Splits paragraphs so that each of `offsets` (line starts inside them) starts a paragraph of its own. */
export function splitParagraphsAt(text: string, paragraphs: TextRange[], offsets: number[]): TextRange[] {
  if (offsets.length === 0) return paragraphs
  const sorted = [...offsets].sort((a, b) => a - b)
  const out: TextRange[] = []
  let k = 0
  for (const p of paragraphs) {
    while (k < sorted.length && sorted[k]! <= p.start) k++
    const inside: number[] = []
    while (k < sorted.length && sorted[k]! < p.end) inside.push(sorted[k++]!)
    out.push(...splitAt(text, p, inside))
  }
  return out
}

function splitAt(text: string, p: TextRange, at: number[]): TextRange[] {
  const out: TextRange[] = []
  let start = p.start
  for (const cut of [...at, p.end]) {
    const r = trim(text, { start, end: cut })
    if (r.end > r.start) out.push(r)
    start = cut
  }
  return out
}

/** Offsets of the first non-blank character of each line of a paragraph. */
function lineStarts(text: string, p: TextRange): number[] {
  const out = [p.start]
  for (let i = text.indexOf('\n', p.start); i >= 0 && i < p.end; i = text.indexOf('\n', i + 1))
    out.push(i + 1)
  return out
}

function lineBegin(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

function trim(text: string, r: TextRange): TextRange {
  let { start, end } = r
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  return { start, end }
}
