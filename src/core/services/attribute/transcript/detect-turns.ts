import { surnameKey } from '../person-name'
import { matchTurnLabel, type TurnLabel } from './match-turn-label'

interface Range {
  start: number
  end: number
}

/** One speaker's turn: from its label to the next label. */
export interface Turn {
  /** Start of the label's line. */
  start: number
  /** Where the turn's own words start (after the label; the next line's start when the label stands alone). */
  labelEnd: number
  /** Start of the next turn's line, or the end of the last paragraph. */
  end: number
  label: TurnLabel
  /** The label's text as written, for the attribution cue: "MR. KIRBY:". */
  written: string
}

interface Candidate {
  lineStart: number
  lineEnd: number
  label: TurnLabel
  key: string
}

/** Labelled lines must make up this share of the lines after the first label when no label is strong. */
const MIN_SHARE_WITHOUT_STRONG = 0.25

/**
 * The turns of a transcript, or null when the text is not one. A label is believed when it is strong ("MR.
 * KIRBY:", "Q.", "The President.", "**Blinken:**"), or recurs, or the text has strong labels too; weak labels
 * ("Blinken:") only when they recur in a text that is already a transcript. A text is a transcript with two turns
 * or more, or with one strong label on its first line of body text; without any strong label, labelled lines must
 * be a quarter of the lines from the first label on, so prose quoting "Name: …" a few times stays prose.
 */
export function detectTurns(text: string, paragraphs: Range[]): Turn[] | null {
  const lines = linesOf(text, paragraphs)
  const candidates: Candidate[] = []
  for (const line of lines) {
    const label = matchTurnLabel(text.slice(line.start, line.end))
    if (label && !isHeadline(text.slice(line.start + label.end, line.end)))
      candidates.push({ lineStart: line.start, lineEnd: line.end, label, key: keyOf(label) })
  }
  if (candidates.length === 0) return null
  const count = new Map<string, number>()
  for (const c of candidates) count.set(c.key, (count.get(c.key) ?? 0) + 1)
  const strong = candidates.some((c) => c.label.strength === 3)
  const hasQuestion = candidates.some((c) => c.label.kind === 'question')
  const believe = (established: boolean) => (c: Candidate) => {
    const recurs = (count.get(c.key) ?? 0) >= 2
    if (c.label.kind === 'answer') return hasQuestion && recurs
    if (c.label.strength === 3) return true
    if (c.label.strength === 2) return recurs || strong || established
    return recurs
  }
  let accepted = candidates.filter(believe(false))
  // Once recurring labels make the text a transcript, a speaker who talks once ("Aidan Feldman: Thanks…") counts.
  if (new Set(accepted.map((c) => c.key)).size >= 2 && accepted.length >= 3)
    accepted = candidates.filter(believe(true))
  accepted = dropHeadings(text, accepted)
  if (accepted.length === 0) return null

  const first = accepted[0]!
  const firstLine = lines.findIndex((l) => l.start === first.lineStart)
  if (accepted.length === 1) {
    const c = first
    const sole = c.label.strength === 3 && c.label.form !== 'dash'
    if (!sole || !onlyHeaderBefore(text, lines.slice(0, firstLine))) return null
  } else {
    if (new Set(accepted.map((c) => c.key)).size < 2 && !accepted.some((c) => c.label.strength === 3))
      return null
    if (accepted.every((c) => c.label.form === 'period') && accepted.length < 2) return null
    if (!accepted.some((c) => c.label.strength === 3)) {
      const after = lines.length - firstLine
      if (accepted.length / after < MIN_SHARE_WITHOUT_STRONG) return null
    }
  }

  const lastEnd = paragraphs.at(-1)?.end ?? text.length
  return accepted.map((c, k) => {
    const labelEnd = c.label.alone ? nextLineStart(text, c.lineEnd) : c.lineStart + c.label.end
    return {
      start: c.lineStart,
      labelEnd: Math.min(labelEnd, lastEnd),
      end: accepted[k + 1]?.lineStart ?? lastEnd,
      label: c.label,
      written: text.slice(c.lineStart + c.label.start, c.lineStart + c.label.end).trim()
    }
  })
}

/** "Reuters: Migrant Arrests at Border Lowest Ever Recorded": a source and its headline, not someone's words. */
function isHeadline(words: string): boolean {
  const ws = words.trim().split(/\s+/)
  if (ws.length < 4 || /[.!?"”]$|[.!?]\s/.test(words.trim())) return false
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.7
}

/** Recurrence is by person ("Vladimir Putin:" after "President of Russia Vladimir Putin:"), else by role. */
function keyOf(label: TurnLabel): string {
  if (label.kind === 'person' && label.name) return `p:${surnameKey(label.name)}`
  return `r:${label.core
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim()}`
}

/** A label alone on its line right before another label is a heading ("Show Open:"), not a turn. */
function dropHeadings(text: string, accepted: Candidate[]): Candidate[] {
  return accepted.filter((c, k) => {
    const next = accepted[k + 1]
    if (!c.label.alone || !next) return true
    return /\S/.test(text.slice(c.lineEnd, next.lineStart))
  })
}

/** Lines before the first label that are all short header lines (title, date, place), no running text. */
function onlyHeaderBefore(text: string, lines: Range[]): boolean {
  return lines.every((l) => {
    const line = text.slice(l.start, l.end).trim()
    return line.length <= 150 && line.split(/\s+/).length < 25 && !/\p{Ll}[.!?]["”’)]?\s+\p{Lu}/u.test(line)
  })
}

function linesOf(text: string, paragraphs: Range[]): Range[] {
  const out: Range[] = []
  for (const p of paragraphs) {
    let start = p.start
    while (start <= p.end) {
      const nl = text.indexOf('\n', start)
      const end = nl < 0 || nl > p.end ? p.end : nl
      if (/\S/.test(text.slice(start, end))) out.push(...inlineLines(text, start, end))
      start = end + 1
    }
  }
  return out
}

/** A line this long is text whose line breaks were lost (a flattened PDF): labels may stand inside it. */
const FLATTENED_LINE = 400
const INLINE_LABEL =
  /(?:(?<=[.?!"”’)\]][\t\p{Zs}]{1,4})|(?<=[\t\p{Zs}]\d{1,3}[\t\p{Zs}]{1,4}))(?=(?:\p{Lu}[\p{L}.'’-]*[\t\p{Zs}]){1,4}?\p{Lu}[\p{L}'’-]+[\t\p{Zs}]?(?:\([^()\n]{1,60}\)[\t\p{Zs}]?)?:[\t\p{Zs}])/gu

/**
 * A line, or in flattened text (lines of 400 characters and more) the pieces of it that begin at a speaker label
 * standing after a sentence end or a line number ("… this afternoon. 3 Chairman McCain: Good morning."), when the
 * label has an office or an honorific: such a piece is read as a line of its own.
 */
function inlineLines(text: string, start: number, end: number): Range[] {
  if (end - start < FLATTENED_LINE) return [{ start, end }]
  const line = text.slice(start, end)
  const cuts: number[] = []
  for (const m of line.matchAll(INLINE_LABEL)) {
    const label = matchTurnLabel(line.slice(m.index, m.index + 200))
    if (
      label &&
      label.start === 0 &&
      label.form === 'colon' &&
      (label.honorific || label.title || label.strength === 3)
    )
      cuts.push(m.index)
  }
  if (cuts.length === 0) return [{ start, end }]
  const out: Range[] = []
  let from = 0
  for (const cut of cuts) {
    if (cut > from) out.push({ start: start + from, end: start + cut })
    from = cut
  }
  out.push({ start: start + from, end })
  return out
}

function nextLineStart(text: string, from: number): number {
  let i = text.indexOf('\n', from)
  if (i < 0) return text.length
  while (i < text.length && /\s/.test(text[i]!)) i++
  return i
}
