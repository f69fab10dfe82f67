import type { SpeakerCandidate } from './find-speakers'
import { HONORIFIC, TITLE } from './lexicon'

/**
 * Transcripts (press briefings, interviews, hearings): turns begin with a
 * speaker label at the start of a paragraph, in any of these styles:
 * `MR. KIRBY: …`, `SECRETARY BLINKEN: …`, `Q: …`, `Q …`, `QUESTION: …`,
 * `John Smith: …`, `Interviewer: …`, `**Blinken:** …`, `BLINKEN — …`,
 * `[Stoltenberg] …`. A turn runs until the next labelled paragraph.
 */
export interface TranscriptTurn {
  /** Offset of the label (start of the turn's first paragraph). */
  start: number
  /** End of the turn's last paragraph. */
  end: number
  /** Label as written, without decoration: "MR. KIRBY", "Q", "Blinken". */
  label: string
  /** First offset after the label, its delimiter and following spaces. */
  labelEnd: number
}

interface Range {
  start: number
  end: number
}

const LABEL_PATTERNS: RegExp[] = [
  // **Blinken:** / **Blinken**: / __Blinken:__
  /^(?:\*\*|__)\s*([^*_\n:]{1,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*/u,
  // [Stoltenberg] …
  /^\[\s*(\p{Lu}[^\]\n]{0,59}?)\s*\]\s*:?\s*/u,
  // Q … / Q: / Q. (a bare "Q" followed by text)
  /^(Q)(?:[:.]\s*|\s+)(?=\S)/u,
  // MR. KIRBY: / SECRETARY BLINKEN: / QUESTION: / BLINKEN — …
  /^((?:(?:MR|MRS|MS|DR|SEN|GEN|REP|GOV|ADM|AMB)\.\s+)?\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,4})\s*(?::|[—–]|\s-{1,2}\s)\s*/u,
  // John Smith: / Interviewer: / A: / Mr. Kirby:
  /^((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}):\s+/u
]

/** First words that make "Word:" a heading rather than a speaker label. */
const NOT_A_LABEL = new Set(
  'note update correction editor source sources related photo video read summary background warning see also tags transcript date by'.split(
    ' '
  )
)

/** The speaker label at the start of a paragraph, if any. */
export function matchTurnLabel(paragraph: string): { label: string; length: number } | null {
  for (const re of LABEL_PATTERNS) {
    const m = re.exec(paragraph)
    const label = m?.[1]?.trim()
    if (!m || !label || !/\p{L}/u.test(label)) continue
    if (NOT_A_LABEL.has((label.split(/\s+/)[0] ?? '').toLowerCase().replace(/['’]s$/, ''))) continue
    if (m[0].length >= paragraph.length) continue // a label alone is a heading
    return { label, length: m[0].length }
  }
  return null
}

const MIN_LABELLED = 3
const MIN_SHARE = 0.3

/**
 * Turns of a transcript, or null when the text is not one (fewer than three
 * labelled paragraphs, under 30% of paragraphs labelled, or a single label).
 */
export function detectTranscriptTurns(text: string, paragraphs: Range[]): TranscriptTurn[] | null {
  const labelled = paragraphs.flatMap((p, index) => {
    const hit = matchTurnLabel(text.slice(p.start, p.end))
    return hit ? [{ index, label: hit.label, labelEnd: p.start + hit.length }] : []
  })
  const distinct = new Set(labelled.map((l) => normaliseLabel(l.label)))
  const enough = labelled.length >= MIN_LABELLED || (labelled.length >= 2 && paragraphs.length <= 3)
  if (!enough || labelled.length / paragraphs.length < MIN_SHARE || distinct.size < 2) return null

  return labelled.map((l, k) => {
    const lastIndex = (labelled[k + 1]?.index ?? paragraphs.length) - 1
    return {
      start: paragraphs[l.index]!.start,
      end: paragraphs[lastIndex]!.end,
      label: l.label,
      labelEnd: l.labelEnd
    }
  })
}

/**
 * Sentence ranges with the turn labels cut off: a sentence overlapping a label
 * starts after it, and a sentence that was only the label is dropped.
 */
export function excludeTurnLabels<S extends Range & { text: string }>(
  text: string,
  sentences: S[],
  turns: TranscriptTurn[]
): S[] {
  const out: S[] = []
  for (const s of sentences) {
    const turn = turns.find((t) => s.start < t.labelEnd && s.end > t.start)
    let start = turn ? Math.max(s.start, turn.labelEnd) : s.start
    while (start < s.end && /\s/.test(text.charAt(start))) start++
    if (start >= s.end) continue
    out.push(start === s.start ? s : { ...s, start, text: text.slice(start, s.end) })
  }
  return out
}

/** The turn a range belongs to (by its start offset). */
export function turnAt(turns: TranscriptTurn[], offset: number): TranscriptTurn | null {
  return turns.find((t) => offset >= t.start && offset < t.end) ?? null
}

export function normaliseLabel(label: string): string {
  return label
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim()
    .toLowerCase()
}

const RE_QUESTIONER = /^(?:q|question|questioner|reporter|audience member)$/i
const RE_LABEL_HONORIFIC = new RegExp(String.raw`^(${HONORIFIC})\.?\s+`, 'iu')
const RE_LABEL_TITLE = new RegExp(String.raw`^(${TITLE})\s+(?=\S)`, 'iu')

function titleCase(s: string): string {
  if (/\p{Ll}/u.test(s)) return s
  return s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
}

/** A speaker for a turn label: "MR. KIRBY" → Kirby, "SECRETARY BLINKEN" → Blinken (Secretary), "Q" → Questioner. */
export function speakerFromLabel(label: string): SpeakerCandidate {
  const raw = label
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim()
  if (RE_QUESTIONER.test(raw)) return { name: 'Questioner', aliases: [raw], role: null }
  let rest = raw
  let role: string | null = null
  let honorific: string | null = null
  const h = RE_LABEL_HONORIFIC.exec(rest)
  if (h) {
    honorific = titleCase(h[1]!)
    rest = rest.slice(h[0].length)
  }
  const t = RE_LABEL_TITLE.exec(rest)
  if (t) {
    role = titleCase(t[1]!)
    rest = rest.slice(t[0].length)
  }
  const name = titleCase(rest)
  const aliases = new Set<string>([raw])
  if (honorific) aliases.add(`${honorific}. ${name}`).add(`${honorific} ${name}`)
  if (role) aliases.add(`${role} ${name}`)
  aliases.delete(name)
  return { name, aliases: [...aliases], role }
}
