import { splitSentences } from './split-sentences'

/**
 * Splits a document into paragraphs and sentences with offsets into the
 * ORIGINAL text (UTF-16 indexes): `text.slice(s.start, s.end) === s.text`.
 * Sentences are trimmed, never cross a paragraph and together cover all its
 * non-space text; see `splitSentences` for where a sentence ends.
 */
export interface TextRange {
  start: number
  end: number
}

export interface SentenceSpan extends TextRange {
  text: string
  paragraphIndex: number
}

export interface Segmentation {
  paragraphs: TextRange[]
  sentences: SentenceSpan[]
}

export interface SegmentOptions {
  /** Offset where segmentation starts (e.g. after a date line); defaults to 0. */
  from?: number
}

export function segmentText(text: string, options: SegmentOptions = {}): Segmentation {
  const from = Math.max(0, Math.min(options.from ?? 0, text.length))
  const paragraphs = findParagraphs(text, from)
  return { paragraphs, sentences: segmentParagraphs(text, paragraphs) }
}

/** The sentences of the given paragraphs (each sentence within one paragraph), in order. */
export function segmentParagraphs(text: string, paragraphs: TextRange[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  paragraphs.forEach((p, paragraphIndex) => {
    for (const r of splitSentences(text, p)) {
      sentences.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), paragraphIndex })
    }
  })
  return sentences
}

const LINE_BREAK = /\r\n|\r|\n/g

/** Paragraphs are runs of non-blank lines; without any blank line, each line is one. */
export function findParagraphs(text: string, from = 0): TextRange[] {
  const lines: TextRange[] = [] // non-blank lines, trimmed
  const afterBlank: boolean[] = []
  let blankBefore = false
  let lineStart = from
  LINE_BREAK.lastIndex = from
  for (;;) {
    const m = LINE_BREAK.exec(text)
    const line = trimRange(text, lineStart, m ? m.index : text.length)
    if (line.end > line.start) {
      afterBlank.push(blankBefore && lines.length > 0)
      lines.push(line)
      blankBefore = false
    } else blankBefore = true
    if (!m) break
    lineStart = m.index + m[0].length
  }
  if (!afterBlank.includes(true)) return lines

  const blocks: TextRange[] = []
  lines.forEach((line, i) => {
    const current = blocks[blocks.length - 1]
    if (current && !afterBlank[i]) current.end = line.end
    else blocks.push(line)
  })
  return blocks
}

function trimRange(text: string, start: number, end: number): TextRange {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return { start, end }
}

/** The characters of the `\s` regex class. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
