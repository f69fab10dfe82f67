import {
  ABBREVIATIONS,
  BEFORE_NUMBER,
  NEVER_FINAL,
  PREPOSITIONS,
  PREPOSITIVE,
  SENTENCE_STARTERS
} from './abbreviations'
import { findListMarkers, isBullet } from './find-list-markers'
import type { TextRange } from './segment-text'

const OPENERS = /^[("'“‘[«¿¡]+/u
const CLOSERS = ')]}"\'”’»'
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u
/** Characters a sentence-ending token can end with: final punctuation or a closing quote or bracket. */
const FINAL_CHARS = '.?!…' + CLOSERS
const NONE: ReadonlySet<number> = new Set()
/** What opens a sentence as its label: a letter, a number of one or two digits or a Roman numeral. */
const ITEM_LABEL = /^(?:\p{L}|\d{1,2}|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))$/u

/**
 * The sentences of one paragraph `text.slice(range.start, range.end)` as trimmed ranges into `text`,
 * covering all its non-space text. Rules after the Pragmatic Segmenter's "Golden Rules": a sentence
 * ends at . ! ? … before a word that can open one (not lowercase); never after a title ("Gen."), a
 * mid-sentence abbreviation ("e.g.", "No. 5", "Jan. 5"), an initial ("J. Smith") or a dotted acronym
 * ("U.S. weapons") unless a typical sentence opener follows ("in the U.S. How"); list items
 * ("1.)", "b.", "•") each start one; ellipses and lone dots (". . .", "word .") are handled as a whole;
 * a short line without final punctuation (a heading, caption or time line) ends before a capital.
 * Boundaries only fall on whitespace, so e-mails, URLs and decimals stay whole. Linear in the length.
 */
export function splitSentences(text: string, range: TextRange): TextRange[] {
  const para = text.slice(range.start, range.end)
  const tokens: string[] = []
  const starts: number[] = []
  const WORD = /\S+/g
  for (let m = WORD.exec(para); m; m = WORD.exec(para)) {
    tokens.push(m[0])
    starts.push(m.index)
  }
  if (tokens.length === 0) return []

  const multiline = para.includes('\n') || para.includes('\r')
  const paragraph = new Paragraph(tokens, multiline ? findShortLineEnds(para, tokens, starts) : NONE)
  const ranges: TextRange[] = []
  let first = 0
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!paragraph.breaksAfter(i, first)) continue
    ranges.push({ start: range.start + starts[first]!, end: range.start + starts[i]! + tokens[i]!.length })
    first = i + 1
  }
  const last = tokens.length - 1
  ranges.push({
    start: range.start + starts[first]!,
    end: range.start + starts[last]! + tokens[last]!.length
  })
  return ranges
}

/**
 * Tokens that end a line much shorter than the paragraph's longest one, with another line after it:
 * "Photo By: Chad McNeeley, DOD" or "11:07 A.M. EST" inside a block, not a hard-wrapped sentence.
 */
function findShortLineEnds(para: string, tokens: string[], starts: number[]): Set<number> {
  const lineEnds: number[] = []
  const lineLengths: number[] = []
  let lineFirst = 0
  for (let i = 0; i < tokens.length; i++) {
    const end = starts[i]! + tokens[i]!.length
    const next = starts[i + 1]
    if (next !== undefined && !hasLineBreak(para, end, next)) continue
    lineLengths.push(end - starts[lineFirst]!)
    lineEnds.push(i)
    lineFirst = i + 1
  }
  const longest = lineLengths.reduce((max, n) => Math.max(max, n), 0)
  const found = new Set<number>()
  for (let k = 0; k < lineEnds.length - 1; k++) {
    if (lineLengths[k]! < 0.6 * longest) found.add(lineEnds[k]!)
  }
  return found
}

function hasLineBreak(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k)
    if (c === 10 || c === 13) return true
  }
  return false
}

class Paragraph {
  private readonly markers: ReadonlySet<number>
  /** Per token: can it open a sentence, does it hold a letter or digit, is it a bullet. */
  private readonly opens: boolean[]
  private readonly wordy: boolean[]
  private readonly bullets: boolean[]
  /** Lengths of runs of lone-dot tokens (". . ."), counted forwards and backwards. */
  private readonly dotsFrom: number[]
  private readonly dotsUntil: number[]

  constructor(
    private readonly tokens: string[],
    private readonly shortLineEnds: ReadonlySet<number>
  ) {
    this.opens = tokens.map(opensSentence)
    this.wordy = tokens.map((t) => HAS_WORD_CHAR.test(t))
    this.bullets = tokens.map(isBullet)
    this.markers = findListMarkers(tokens, this.opens)
    const n = tokens.length
    this.dotsFrom = new Array<number>(n + 1).fill(0)
    this.dotsUntil = new Array<number>(n).fill(0)
    for (let i = 0; i < n; i++)
      this.dotsUntil[i] = isLoneDot(tokens[i]!) ? (this.dotsUntil[i - 1] ?? 0) + 1 : 0
    for (let i = n - 1; i >= 0; i--) this.dotsFrom[i] = isLoneDot(tokens[i]!) ? this.dotsFrom[i + 1]! + 1 : 0
  }

  /** Whether a sentence that began at token `first` ends after token `i`. */
  breaksAfter(i: number, first: number): boolean {
    const a = this.tokens[i]!
    const b = this.tokens[i + 1]!
    const bareBullet = this.bullets[i]! && !this.wordy[i]
    if (this.markers.has(i + 1) || this.bullets[i + 1]) return !bareBullet
    if (this.markers.has(i) || bareBullet) return false
    if (this.shortLineEnds.has(i) && !/[.?!…,;]$/u.test(stripClosers(a)) && this.wordy[i + 1]) {
      return this.opens[i + 1]!
    }
    if (!FINAL_CHARS.includes(a.charAt(a.length - 1))) return false

    if (this.dotsFrom[i + 1]! > 0) {
      // "compounds. . . . The practice": the sentence ended before the ellipsis that opens the next
      const run = this.dotsFrom[i + 1]!
      const after = this.tokens[i + 1 + run]
      if (this.dotsUntil[i]! > 0 || run < 3 || after === undefined) return false
      return stripClosers(a).endsWith('.') && this.opens[i + 1 + run]!
    }
    if (this.dotsUntil[i]! > 0) {
      // "Hearing . Welcome" and ". . . . Next" end a sentence; a mid-sentence ". . ." does not
      return this.dotsUntil[i] !== 3 && this.opens[i + 1]!
    }
    if (!this.wordy[i + 1]) return false // a punctuation-only fragment joins the sentence before
    if (!this.opens[i + 1]) return false
    return this.endsSentence(a, b, i, first)
  }

  private endsSentence(a: string, b: string, i: number, first: number): boolean {
    const core = stripClosers(a)
    const mark = core.charAt(core.length - 1)
    if (mark === '?' || mark === '!') return true
    if (mark === '…') return !core.endsWith('[…')
    if (mark !== '.') return false
    if (core.endsWith('...')) return !core.endsWith('[...')

    const stem = core.slice(0, -1).replace(OPENERS, '')
    const lower = stem.toLowerCase()
    if (PREPOSITIVE.has(lower) || NEVER_FINAL.has(lower)) return false
    if (i === first && ITEM_LABEL.test(stem)) return false // "Q. How…", "1. The first item", "II. The second part"
    if (/^\p{Lu}$/u.test(stem)) return isSentenceStarter(b) // an initial ("J. Smith") unless "you and I. Did"
    const last = stem.slice(Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('-')) + 1) // "Ukraine/U.S."
    if (last.length <= 12 && /^(?:\p{L}\.)+\p{L}$/u.test(last)) {
      // a dotted acronym or time: "the U.S. Army" vs "in the U.S. How"; "At 5 a.m. Mr. Smith went"
      return isSentenceStarter(b) && !this.isPrepositionalPhrase(first, i)
    }
    if (ABBREVIATIONS.has(lower)) return isSentenceStarter(b) // "Briggs & Co. It closed", not "King Jr. Day"
    if (/^[("'“‘[]*[\d#]/u.test(b)) {
      if (BEFORE_NUMBER.has(lower) || /^\p{L}$/u.test(stem) || /[°º]$/u.test(stem)) return false // "p. 55", "N°. 1026"
    }
    return true
  }

  private isPrepositionalPhrase(first: number, i: number): boolean {
    if (i - first >= 4) return false
    return PREPOSITIONS.has(this.tokens[first]!.slice(0, 16).replace(OPENERS, '').toLowerCase())
  }
}

/** A dot standing alone ("word ." or one dot of ". . ."), perhaps before a closing quote. */
function isLoneDot(token: string): boolean {
  return token.charAt(0) === '.' && stripClosers(token) === '.'
}

function stripClosers(token: string): string {
  let end = token.length
  while (end > 0 && CLOSERS.includes(token.charAt(end - 1))) end--
  return token.slice(0, end)
}

/** Whether a token can open a sentence: its first letter (after quotes and brackets) is not lowercase. */
function opensSentence(token: string): boolean {
  const head = token.slice(0, 8).replace(OPENERS, '')
  return !/^\p{Ll}/u.test(head)
}

function isSentenceStarter(token: string): boolean {
  if (token.length > 16) return false
  const word = token.replace(OPENERS, '').replace(/[,;:]+$/, '')
  return SENTENCE_STARTERS.has(word) || SENTENCE_STARTERS.has(word.replace(/['’]\p{L}{1,2}$/u, ''))
}
