import type { ImportedSource } from './imported-source'
import type { PdfLine } from './pdf-columns'
import { isHyphenation, wordEvidence, type WordEvidence } from './rejoin-hyphenated'

/** A gap between baselines this many times the column's usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP = 1.4
const SENTENCE_END = /[.!?…:;]["”’)\]]*$/u
const HYPHEN_END = /[\p{L}\p{M}\d][-\u2010\u00ad]$/u
/** A transcript's speaker label at the start of a line: `MR. KIRBY:`, `QUESTION:`, `Q:`, `Vladimir Putin:`. */
const LABEL_START =
  /^(?:(?:MR|MRS|MS|DR)\.\s+)?\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}:\s|^[QA][:.]\s|^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}:\s/u
/** A list item: a bullet, or a hyphen and a space, at the start of the line. */
const BULLET_START = /^(?:[•◦▪‣●○■□]|-\s)/u
/** A web address broken at a line end after one of its separators: the next line goes on without a space. */
const URL_BREAK = /(?:https?:\/\/|www\.)\S*[/?&=%_.#-]$/
/** A page number left in (a one-page document), alone in its column or below the columns. */
const BARE_NUMBER = /^(?:\d{1,4}|[ivxlcdm]{1,6})$/i
/** A line of punctuation only: a rule drawn with dashes, stars or underscores, a separator. */
const RULE = /^[\p{P}\p{S}\s]{3,}$/u

/** pdf.js puts a space before the hyphen of a word hyphenated at the end of a justified line: "offi -". */
const SPACED_HYPHEN_END = /([\p{L}\p{M}]+) [-\u2010]$/u

type Join =
  'paragraph' | 'space' | 'none' | 'keep-hyphen' | 'rejoin' | 'unspace-keep-hyphen' | 'unspace-rejoin'

/**
 * The text of a document's pages, given as lines in reading order (see columnLines), with each page's range.
 * Lines of a paragraph are joined with a space. A new paragraph starts where, within a column:
 * - the gap to the previous line is over 1.4 × the column's usual line spacing (and over 1.2 × the text height),
 *   or the text moves up, or the font size changes by more than 15% (a heading);
 * - the previous line ended early: the next line's first word would have fitted at its end (2 em to spare, half
 *   an em after a finished sentence);
 * - either line is a rule (`-----`) or a table row (cells tab-separated);
 * - the line is indented (a first-line indent: at least 0.8 em in from the column's edge, the lines around it not);
 * - the line starts with a speaker label (`MR. KIRBY:`, `Q:`, `Vladimir Putin:`) after a finished sentence, or
 *   with a bullet (`•`, `- `).
 * A web address broken after one of its separators (`/`, `?`, `-`…) goes on without a space.
 * From one column or page to the next, a paragraph goes on only if its sentence is unfinished (or the next line
 * starts in lower case), its last line was full and the font size is the same, and neither line is a bare number;
 * so a sentence split by a page break is one sentence.
 * A word hyphenated at a line end is rejoined or keeps its hyphen as isHyphenation judges (a hyphen before an
 * upper-case letter always stays: "anti-\nAmerican" → "anti-American"). pdf.js may give a justified line's final
 * hyphen a space before it ("offi -"): that is taken for a hyphenation when the line is flush with the column's
 * edge, the fragment is no word of the document or the joined word is one, and for a spaced dash otherwise.
 * Each page's range covers its lines' text exactly (an empty page has start = end); paragraphs are separated by a
 * blank line, a paragraph that continues on the next page by a space.
 */
export function pdfLinesText(pages: readonly (readonly PdfLine[])[]): Pick<ImportedSource, 'text'> & {
  pages: NonNullable<ImportedSource['pages']>
} {
  const evidence = wordEvidence(pages.flatMap((p) => p.map((l) => l.text)))
  const ranges: NonNullable<ImportedSource['pages']> = []
  let text = ''
  let prev: { line: PdfLine; page: number } | null = null
  pages.forEach((lines, index) => {
    const page = index + 1
    if (lines.length === 0) {
      ranges.push({ page, start: text.length, end: text.length })
      return
    }
    const spacing = columnSpacing(lines)
    let start = -1
    lines.forEach((line, i) => {
      if (prev !== null) {
        const samePage = prev.page === page
        const join = joinOf(
          prev.line,
          line,
          lines[i + 1],
          samePage ? spacing.get(line.column) : undefined,
          evidence
        )
        if (join === 'rejoin' || join === 'unspace-rejoin' || join === 'unspace-keep-hyphen') {
          text = text.slice(0, join === 'rejoin' ? -1 : -2) + (join === 'unspace-keep-hyphen' ? '-' : '')
          const last = ranges[ranges.length - 1]
          if (!samePage && last && last.end > text.length) last.end = text.length
        } else if (join === 'space') text += ' '
        else if (join === 'paragraph') text += '\n\n'
      }
      if (start < 0) start = text.length
      text += line.text
      prev = { line, page }
    })
    ranges.push({ page, start, end: text.length })
  })
  return { text, pages: ranges }
}

function joinOf(
  prev: PdfLine,
  line: PdfLine,
  next: PdfLine | undefined,
  spacing: number | undefined,
  evidence: WordEvidence
): Join {
  if (prev.column.startsWith('rot') || line.column.startsWith('rot')) return 'paragraph'
  if (prev.text.includes('\t') || line.text.includes('\t')) return 'paragraph' // table rows
  if (RULE.test(prev.text) || RULE.test(line.text)) return 'paragraph'
  const sameColumn = spacing !== undefined && prev.column === line.column
  const hyphenated = HYPHEN_END.test(prev.text)
  if (sameColumn) {
    const gap = prev.y - line.y
    if (gap <= 0.1 * line.h) return 'paragraph'
    if (spacing > 0 && gap > PARAGRAPH_GAP * spacing && gap > 1.2 * line.h) return 'paragraph'
    if (spacing === 0 && gap > 1.8 * line.h) return 'paragraph' // too few lines to know their spacing
  }
  // A change of font size: a heading (across a column or page break, where nothing else tells, any change).
  if (Math.abs(line.h - prev.h) > (sameColumn ? 0.15 : 0.05) * Math.max(line.h, prev.h)) return 'paragraph'
  const spaced = SPACED_HYPHEN_END.exec(prev.text)
  if (spaced && /^\p{Ll}/u.test(line.text)) {
    // "offi -" + "cial" is a hyphenation; "he said -" + "and" is a dash: told apart by the fragment being no word
    const a = spaced[1]!.toLowerCase()
    const b = (/^[\p{L}\p{M}]+/u.exec(line.text)?.[0] ?? '').toLowerCase()
    const flush = prev.x1 >= prev.right - 0.5 // a justified line: its final hyphen is a hyphenation's
    if (flush || evidence.words.has(a + b) || !evidence.words.has(a)) {
      const unspaced = prev.text.replace(/ ([-\u2010])$/, '$1')
      return isHyphenation(unspaced, line.text, evidence) ? 'unspace-rejoin' : 'unspace-keep-hyphen'
    }
  }
  if (hyphenated && /^\p{Ll}/u.test(line.text))
    return isHyphenation(prev.text, line.text, evidence) ? 'rejoin' : 'keep-hyphen'
  if (hyphenated && /^\p{Lu}/u.test(line.text) && !/\u00ad$/.test(prev.text)) return 'keep-hyphen'
  if (!sameColumn && SENTENCE_END.test(prev.text) && !/^\p{Ll}/u.test(line.text)) return 'paragraph'
  if (!sameColumn && (BARE_NUMBER.test(line.text) || BARE_NUMBER.test(prev.text))) return 'paragraph'
  if (endedEarly(prev, line)) return 'paragraph'
  if (indented(prev, line, next)) return 'paragraph'
  if (LABEL_START.test(line.text) && SENTENCE_END.test(prev.text)) return 'paragraph'
  if (BULLET_START.test(line.text)) return 'paragraph'
  if (URL_BREAK.test(prev.text) && !/^\S*:(?:\s|$)/.test(line.text)) return 'none' // not before "Date: …"

  return 'space'
}

/**
 * The previous line stopped short: the next line's first word (its width estimated from the line's) would have
 * fitted in the room left, with 2 em to spare for the estimate and for a column edge set by one long line; with
 * half an em after a finished sentence, where a paragraph is likely to end.
 */
function endedEarly(prev: PdfLine, line: PdfLine): boolean {
  const word = /^\S+/.exec(line.text)?.[0] ?? ''
  if (line.text.length === 0) return false
  const wordWidth = ((line.x1 - line.x0) * word.length) / line.text.length
  const slack = SENTENCE_END.test(prev.text) ? 0.5 : 2
  return prev.right - prev.x1 > wordWidth + slack * line.h
}

/** A first-line indent: the line starts in from its column's edge, the line before and the line after do not. */
function indented(prev: PdfLine, line: PdfLine, next: PdfLine | undefined): boolean {
  const indent = line.x0 - line.left
  if (indent < 0.8 * line.h || indent > 0.5 * (line.right - line.left)) return false
  if (prev.x0 - prev.left >= 0.5 * prev.h) return false
  return !next || next.column !== line.column || next.x0 - next.left < 0.5 * next.h
}

/**
 * Each column's usual line spacing on the page: the smallest gap between its consecutive lines that recurs (within
 * half a point), so that paragraph gaps do not count even on a page of one-line paragraphs; 0 when no gap
 * recurs.
 */
function columnSpacing(lines: readonly PdfLine[]): Map<string, number> {
  const gaps = new Map<string, number[]>()
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!]
    if (a.column !== b.column || a.y - b.y <= 0) continue
    gaps.set(b.column, [...(gaps.get(b.column) ?? []), a.y - b.y])
  }
  const out = new Map<string, number>()
  for (const [column, list] of gaps) {
    const g = list.sort((x, y) => x - y)
    out.set(column, g.find((x, i) => i + 1 < g.length && g[i + 1]! - x <= 0.5) ?? 0)
  }
  for (const l of lines) if (!out.has(l.column)) out.set(l.column, 0)
  return out
}
