import { sentences as sbdSentences } from 'sbd'

/**
 * Splits a document into paragraphs and sentences with offsets into the
 * ORIGINAL text (UTF-16 indexes): `text.slice(s.start, s.end) === s.text`.
 *
 * Sentence boundaries come from `sbd`, run per paragraph (so a sentence never
 * crosses a paragraph), mapped back onto the original text by matching
 * non-whitespace characters (sbd normalises whitespace), then fixed up:
 *  - no break after honorifics, initials and abbreviations (Mr., J., Gen., Jan.);
 *  - no break after dotted acronyms (U.S.) unless a typical sentence opener follows;
 *  - a fragment starting with a lowercase letter continues the previous sentence;
 *  - a fragment without letters or digits (". ") joins the previous sentence.
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
    for (const r of splitParagraph(text, p)) {
      sentences.push({ ...r, text: text.slice(r.start, r.end), paragraphIndex })
    }
  })
  return sentences
}

const LINE_BREAK = /\r\n|\r|\n/g

/** Paragraphs are runs of non-blank lines; without any blank line, each line is one. */
export function findParagraphs(text: string, from = 0): TextRange[] {
  const lines: TextRange[] = []
  let lineStart = from
  LINE_BREAK.lastIndex = from
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push({ start: lineStart, end: m.index })
    lineStart = m.index + m[0].length
  }
  lines.push({ start: lineStart, end: text.length })

  const isBlank = (l: TextRange): boolean => !/\S/.test(text.slice(l.start, l.end))
  const firstContent = lines.findIndex((l) => !isBlank(l))
  const lastContent = lines.length - 1 - [...lines].reverse().findIndex((l) => !isBlank(l))
  if (firstContent < 0) return []
  const inner = lines.slice(firstContent, lastContent + 1)
  const hasBlankLines = inner.some(isBlank)

  const blocks: TextRange[] = []
  let current: TextRange | null = null
  for (const line of inner) {
    if (isBlank(line)) {
      current = null
      continue
    }
    if (current && hasBlankLines) current.end = line.end
    else {
      current = { ...line }
      blocks.push(current)
    }
  }
  return blocks.map((b) => trimRange(text, b)).filter((b) => b.end > b.start)
}

function trimRange(text: string, r: TextRange): TextRange {
  let { start, end } = r
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  return { start, end }
}

/** Sentence ranges of one paragraph, trimmed, covering all its non-space text. */
function splitParagraph(text: string, para: TextRange): TextRange[] {
  const raw = text.slice(para.start, para.end)
  // Non-whitespace characters of the paragraph and their original offsets.
  const positions: number[] = []
  let compact = ''
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charAt(i)
    if (!/\s/.test(ch)) {
      compact += ch
      positions.push(para.start + i)
    }
  }
  if (compact.length === 0) return []

  const ends: number[] = [] // boundaries, as indexes into `compact`
  let cursor = 0
  for (const sentence of sbdSentences(raw.replace(/\s+/g, ' '))) {
    const piece = sentence.replace(/\s+/g, '')
    if (!piece) continue
    const at = compact.indexOf(piece, cursor)
    // If sbd altered characters, fall back to its length so no text is lost.
    cursor = at >= 0 ? at + piece.length : Math.min(compact.length, cursor + piece.length)
    if (cursor > (ends[ends.length - 1] ?? 0)) ends.push(cursor)
  }
  if ((ends[ends.length - 1] ?? 0) < compact.length) ends.push(compact.length)
  else ends[ends.length - 1] = compact.length

  const ranges: TextRange[] = []
  let prev = 0
  for (const end of ends) {
    const start = positions[prev]
    const last = positions[end - 1]
    if (start !== undefined && last !== undefined) ranges.push({ start, end: last + 1 })
    prev = end
  }
  return mergeFragments(text, ranges)
}

/** Abbreviations after which a sentence never ends (compared lowercase, without dot). */
const NON_TERMINAL = new Set(
  (
    'mr mrs ms messrs mme mlle dr prof gen sen rep gov lt col maj capt cmdr cdr adm sgt cpl pvt ' +
    'gens sens reps rev hon pres amb supt insp det st mt ft jr sr ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'vs v fig figs vol pp approx dept cf e.g i.e'
  ).split(/\s+/)
)
/** Abbreviations that do not end a sentence when a number follows ("No. 5"). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'sec', 'ch', 'p'])
/** Words that typically open a sentence: a dotted acronym before them may end one. */
const SENTENCE_OPENERS = new Set(
  (
    'the a an he she it they we i you this that these those there his her their its our ' +
    'but and so yet however in on at for after before when while if as since meanwhile then ' +
    'mr mrs ms dr'
  ).split(/\s+/)
)

function lastWord(s: string): string {
  const m = /(\S+)$/.exec(s)
  return (m?.[1] ?? '').replace(/^[(["'“‘]+/, '')
}

function firstWord(s: string): string {
  const m = /^[(["'“‘]*([^\s,;:]+)/.exec(s)
  return m?.[1] ?? ''
}

function shouldJoin(prev: string, next: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(next)) return true // punctuation-only fragment
  const firstLetter = /^[^\p{L}\p{N}]*(.)/u.exec(next)?.[1] ?? ''
  if (/\p{Ll}/u.test(firstLetter)) return true // continues the previous sentence
  const word = lastWord(prev)
  if (!word.endsWith('.')) return false
  const bare = word.slice(0, -1)
  const lower = bare.toLowerCase()
  if (NON_TERMINAL.has(lower)) return true
  if (/^\p{Lu}$/u.test(bare)) return true // initial: "Antony J. Blinken"
  if (BEFORE_NUMBER.has(lower) && /^[\d#]/.test(next)) return true
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
    // dotted acronym: "U.S.", "U.N."
    const opener = firstWord(next)
      .toLowerCase()
      .replace(/[.'’]s$/, '')
    return !SENTENCE_OPENERS.has(opener)
  }
  return false
}

function mergeFragments(text: string, ranges: TextRange[]): TextRange[] {
  const out: TextRange[] = []
  for (const r of ranges) {
    const prev = out[out.length - 1]
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(r.start, r.end))) {
      prev.end = r.end
    } else out.push({ ...r })
  }
  return out
}
