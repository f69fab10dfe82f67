import { matchTurnLabel } from '../attribute/transcript/match-turn-label'
import type { ImportedSource } from './imported-source'
import { parseCueText, type CueLine } from './parse-cue-text'
import type { RawCue, SubtitleKind } from './read-subtitle-cues'

/** A pause of at least this long after a finished sentence starts a new paragraph. */
export const PARAGRAPH_PAUSE_MS = 2000

/** A line that is only a sound or music description: `[Music]`, `(applause)`, `♪ la la ♪`, `[ Laughter ]`. */
const SOUND_ONLY = /^(?:\s*(?:\[[^\][]*\]|\([^()]*\)|[♪♫][^\n]*))+$/u
const SENTENCE_END = /[.!?…]["”’)\]]*$/u
type Transcript = Required<Pick<ImportedSource, 'text' | 'turns' | 'cues'>>

interface Piece {
  text: string
  /** A speaker named by a `<v>` voice or a label; null: a change of speaker without a name (`>>`, `- `). */
  speaker?: string | null
  /** The line marks a change of speaker (a label, `>>`, a dialogue dash). */
  change: boolean
}

/**
 * Cues merged into a transcript as a person would read it. Consecutive cues of one speaker run together (a
 * sentence spanning cues is one sentence; line breaks become spaces). A new paragraph starts where the speaker
 * changes and after a pause of 2 s or more that follows a finished sentence.
 * Speakers come from `<v Name>` voices and from labels at the start of a cue line: `NAME:` (capitals), `>> NAME:`,
 * `- NAME:`, and `Name:` in mixed case when that label occurs at least twice in the file (once could be prose:
 * "Look: …"). `>>` and a dialogue dash `- ` alone mark a change of speaker without a name. A named turn starts
 * with `Name: ` written into the text and is returned in `turns`; a line without a label continues the turn.
 * A cue that is only sound or music descriptions (`[Music]`, `(applause)`, `♪ … ♪`) is left out: it is not
 * speech, and would make statements of its own; descriptions in a cue with speech stay where they are, as
 * transcripts write them ("… I'll see. (Laughter.)"). Rolling captions (YouTube's automatic ones repeat the previous
 * cue's last line above the new one) are shown once: leading lines equal to the previous cue's last lines are
 * dropped when the cues follow each other without a gap.
 * `cues` gives each cue's range in the text (from its label, if it starts a turn) and its timing.
 */
export function subtitleTranscript(raw: readonly RawCue[], kind: SubtitleKind): Transcript {
  const parsed = raw.map((c) => parseCueText(c.text, kind))
  const labelCounts = new Map<string, number>()
  let labelledCues = 0
  for (const lines of parsed) {
    for (const l of lines) {
      const name = matchLabel(l.text.replace(/^(?:>>+|-(?!-))\s*/, ''))?.name
      if (name) labelCounts.set(name, (labelCounts.get(name) ?? 0) + 1)
    }
    if (lines[0] && matchLabel(lines[0].text.replace(/^(?:>>+|-(?!-))\s*/, ''))) labelledCues++
  }
  // Diarized captions label every cue, its speaker's again and again: a label then changes the turn only when
  // it names someone else.
  const everyCueLabelled = raw.length >= 3 && labelledCues >= 0.8 * raw.length

  let text = ''
  const turns: Transcript['turns'] = []
  const cues: Transcript['cues'] = []
  let speaker: string | null = null
  let openTurn: { start: number; labelEnd: number; speaker: string } | null = null
  let lastEndMs: number | null = null
  const closeTurn = (): void => {
    if (openTurn) turns.push({ ...openTurn, end: Math.max(openTurn.labelEnd, text.trimEnd().length) })
    openTurn = null
  }
  const newParagraph = (): void => {
    if (text !== '') text += '\n\n'
  }

  raw.forEach((cue, index) => {
    const lines = dropRepeatedLines(parsed[index]!, cue, raw[index - 1], parsed[index - 1])
    // A cue of sound descriptions only is no speech; inside a cue with speech they stay, as transcripts write them.
    const pieces = lines.every((l) => SOUND_ONLY.test(l.text))
      ? []
      : lines.flatMap((l) => piece(l, labelCounts, everyCueLabelled))
    if (pieces.length === 0) return
    let cueStart: number | null = null
    pieces.forEach((p, k) => {
      const turnChange = p.change || (p.speaker != null && p.speaker !== speaker)
      const pause =
        k === 0 &&
        lastEndMs !== null &&
        cue.startMs - lastEndMs >= PARAGRAPH_PAUSE_MS &&
        SENTENCE_END.test(text)
      if (turnChange) {
        closeTurn()
        newParagraph()
        speaker = p.speaker ?? null
        cueStart ??= text.length
        if (speaker !== null) {
          const start = text.length
          text += `${speaker}: `
          openTurn = { start, labelEnd: text.length, speaker }
        }
      } else if (pause || text === '') {
        newParagraph()
      } else if (p.text !== '' && !/[\s]$/.test(text)) {
        text += ' '
      }
      cueStart ??= text.length
      text += p.text
    })
    text = text.replace(/ +$/, '') // a label alone ("JOHN:") leaves its space until the next text comes
    if (openTurn && openTurn.labelEnd > text.length) text += ' '
    cues.push({ start: cueStart!, end: text.length, startMs: cue.startMs, endMs: cue.endMs })
    lastEndMs = Math.max(lastEndMs ?? 0, cue.endMs)
  })
  closeTurn()
  return { text: text.trimEnd(), turns, cues }
}

function piece(line: CueLine, labelCounts: ReadonlyMap<string, number>, relabelled: boolean): Piece[] {
  let t = line.text
  let change = false
  let prefixed = false
  const prefix = /^(?:>>+|-(?!-))\s*/.exec(t)
  if (prefix) {
    change = true
    prefixed = true
    t = t.slice(prefix[0].length)
  }
  const label = matchLabel(t)
  if (label?.name === null) return [{ text: t.slice(label.length), speaker: null, change: true }]
  if (label?.name && (label.caps || prefixed || relabelled || (labelCounts.get(label.name) ?? 0) >= 2)) {
    return [{ text: t.slice(label.length), speaker: label.name, change: prefixed || !relabelled }]
  }
  if (change) return [{ text: t, speaker: null, change }]
  return [line.voice ? { text: t, speaker: line.voice, change: false } : { text: t, change: false }]
}

/** A speaker nobody could name: `[Unknown]:`, `Unidentified speaker:`, `[UNKNOWN SPEAKER 2]:`. */
const UNKNOWN_LABEL = /^\[?(?:unknown|unidentified)(?: (?:speaker|voice|male|female))?(?: \d{1,3})?\]?:\s+/i

/**
 * A speaker label at the start of a cue line, read as transcripts' labels are (see matchTurnLabel): a strong one
 * ("MR. KIRBY:", "The Press:", "Q:") counts at once, a weaker one ("Mr. Earnest:", "John:") when it recurs. The
 * period form ("Senator Reed. …") is left out: in speech it is someone being addressed.
 */
function matchLabel(t: string): { name: string | null; length: number; caps: boolean } | null {
  const unknown = UNKNOWN_LABEL.exec(t)
  if (unknown) return { name: null, length: unknown[0].length, caps: true }
  const m = matchTurnLabel(t)
  if (!m || m.start !== 0 || m.form === 'period') return null
  return { name: m.core, length: m.end, caps: m.strength === 3 }
}

/** Rolling captions: a cue's first lines that repeat the last lines of the cue shown just before it. */
function dropRepeatedLines(
  lines: CueLine[],
  cue: RawCue,
  prevCue: RawCue | undefined,
  prevLines: CueLine[] | undefined
): CueLine[] {
  if (!prevCue || !prevLines || cue.startMs - prevCue.endMs > 100) return lines
  for (let k = Math.min(lines.length, prevLines.length); k > 0; k--) {
    const same = lines.slice(0, k).every((l, j) => l.text === prevLines[prevLines.length - k + j]!.text)
    if (!same) continue
    const whole = k === lines.length
    if (whole && lines.length < 2 && cue.endMs - cue.startMs >= 150) return lines // a real repetition ("No." "No.")
    return lines.slice(k)
  }
  return lines
}
