import { classifyLabel, type LabelParts } from './classify-label'

export type LabelForm =
  'colon' | 'period' | 'dash' | 'bracket' | 'bold' | 'question' | 'timestamped' | 'portrait'

/** How much a label alone says the text is a transcript: 3 certainly, 2 with support, 1 only when it recurs. */
export type LabelStrength = 1 | 2 | 3

/** A speaker label at the start of a line. */
export interface TurnLabel extends LabelParts {
  /** Offset in the line where the label (or its marker: `>>`, `**`, `[`, a timestamp) starts. */
  start: number
  /** Offset in the line where the turn's own words start (after the label, its delimiter and spaces). */
  end: number
  form: LabelForm
  /** Nothing follows the label on its line: the turn's words start on the next line. */
  alone: boolean
  strength: LabelStrength
}

const INDENT_AND_MARKER = /^[\t\p{Zs}]{0,12}(?:>>+[\t\p{Zs}]*|-[\t\p{Zs}]+(?=\p{Lu}))?/u
const LINE_NUMBER = /^[\t\p{Zs}]{0,3}\d{1,3}[\t\p{Zs}]{1,30}(?=\p{Lu})/u
const LEADING_TIMESTAMP =
  /^(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?)[\t\p{Zs}]+/u
const Q = /^Q(?:[\t\p{Zs}]*\([^)\n]{0,40}\))?(?:[:.][\t\p{Zs}]*|[\t\p{Zs}]+(?=\S)|[\t\p{Zs}]*$)/u
const BOLD =
  /^(?:\*\*|__)[\t\p{Zs}]*([^*_\n]{1,80}?)[\t\p{Zs}]*(?::[\t\p{Zs}]*(?:\*\*|__)|(?:\*\*|__)[\t\p{Zs}]*:)[\t\p{Zs}]*/u
const BRACKET = /^\[[\t\p{Zs}]*([^\]\n]{1,60}?)[\t\p{Zs}]*\](?:[\t\p{Zs}]*:)?[\t\p{Zs}]*/u
const PORTRAIT = /^(\p{Lu}[^\n]{1,80}?) Portrait (\p{Lu}[^\n]{1,120}?)[\t\p{Zs}]*$/u
const PHOTO_OF = /^Photo of (\p{Lu}[^\n]{1,160}?)[\t\p{Zs}]*$/u
const TIMESTAMP_LINE = /^(\p{Lu}[^\n\d:]{0,60}?)[\t\p{Zs}]+\(?(\d{1,2}:\d{2}(?::\d{2})?)\)?[\t\p{Zs}]*$/u
const REV = /^([^:\n()]{1,80}?)[\t\p{Zs}]*\((\d{1,2}:\d{2}(?::\d{2})?)\)[\t\p{Zs}]*:?(?:[\t\p{Zs}]+|$)/u
const COLON = /^([^:\n]{1,160}?)[\t\p{Zs}]*:(?:[\t\p{Zs}]+|$)/u
const DIARIZED = /^\[?SPEAKER_(\d{1,3})\]?:[\t\p{Zs}]+/u
const DASH = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,60}?)[\t\p{Zs}]+(?:—|–|--)[\t\p{Zs}]*/u
const PERIOD =
  /^((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Amb|Gov|Lt|Col|Capt|Maj)\.[\t\p{Zs}]+)?[^.\n:;,?!]{1,60}?)\.(?:[\t\p{Zs}]+(?=\S)|[\t\p{Zs}]*$)/u

/** The speaker label starting `line`, if there is one (see detectTurns for when a label is believed). */
export function matchTurnLabel(line: string): TurnLabel | null {
  const label = matchAt(line, INDENT_AND_MARKER.exec(line)![0].length)
  if (label) return label
  // A court or hearing transcript's line number in the margin: " 3        CHIEF JUSTICE ROBERTS:  We will hear".
  const numbered = LINE_NUMBER.exec(line)
  const after = numbered && matchAt(line, numbered[0].length)
  return after && after.strength === 3 ? after : null
}

function matchAt(line: string, lead: number): TurnLabel | null {
  const ts = LEADING_TIMESTAMP.exec(line.slice(lead))
  const at = lead + (ts ? ts[0].length : 0)
  const rest = line.slice(at)
  if (rest.trim() === '') return null
  const found = matchForms(rest)
  if (!found) return null
  const { parts, length, form } = found
  const alone = rest.slice(length).trim() === ''
  // A TV script's label on a line of its own: "CAROLYN PRESUTTI, VOA Senior Washington Correspondent:".
  const scripted =
    alone &&
    form === 'colon' &&
    (parts.caps || parts.extra.length > 0 || parts.kind === 'role' || !!parts.honorific)
  const strength = scripted ? 3 : found.strength
  return { ...parts, start: lead, end: at + length, form, alone, strength }
}

interface Found {
  parts: LabelParts
  length: number
  form: LabelForm
  strength: LabelStrength
}

function matchForms(rest: string): Found | null {
  // A diarizer's label (pyannote, WhisperX): "SPEAKER_01:", "[SPEAKER_01]:" — a speaker yet to be named.
  const diarized = DIARIZED.exec(rest)
  if (diarized)
    return {
      parts: classifyLabel(`Speaker ${diarized[1]}`)!,
      length: diarized[0].length,
      form: 'colon',
      strength: 3
    }

  const q = Q.exec(rest)
  if (q) return { parts: classifyLabel('Q')!, length: q[0].length, form: 'question', strength: 3 }

  const bold = BOLD.exec(rest)
  if (bold) return found(bold[1]!, bold[0].length, 'bold', (p) => colonStrength(p) + 1)

  const bracket = BRACKET.exec(rest)
  if (bracket) return found(bracket[1]!, bracket[0].length, 'bracket', () => 2)

  const portrait = PORTRAIT.exec(rest)
  if (portrait) {
    const parts = classifyLabel(portrait[1]!)
    if (parts?.kind === 'person') {
      parts.extra.push(portrait[2]!)
      return { parts, length: portrait[0].length, form: 'portrait', strength: 3 }
    }
  }

  const photo = PHOTO_OF.exec(rest)
  if (photo) {
    const f = photoLine(photo[1]!, photo[0].length)
    if (f) return f
  }

  const stamped = TIMESTAMP_LINE.exec(rest)
  if (stamped) {
    const parts = classifyLabel(stamped[1]!)
    if (parts && parts.kind !== 'answer')
      return { parts, length: stamped[0].length, form: 'timestamped', strength: 3 }
  }

  const rev = REV.exec(rest)
  if (rev) {
    const f = found(rev[1]!, rev[0].length, 'timestamped', (p) => (p.kind === 'answer' ? 0 : 3))
    if (f) return f
  }

  const colon = COLON.exec(rest)
  if (colon) {
    const f = found(colon[1]!, colon[0].length, 'colon', colonStrength)
    if (f) return f
  }

  const dash = DASH.exec(rest)
  if (dash) {
    const f = found(dash[1]!, dash[0].length, 'dash', (p) => (p.caps ? 2 : 0))
    if (f) return f
  }

  const period = PERIOD.exec(rest)
  if (period) return found(period[1]!, period[0].length, 'period', periodStrength)
  return null
}

/**
 * TheyWorkForYou's speaker line: the photo's alt text, the name again, then the office — "Photo of Baroness Goldie
 * Baroness Goldie Lord in Waiting (HM Household) (Whip), The Minister of State, Ministry of Defence".
 */
function photoLine(rest: string, length: number): Found | null {
  const words = rest.split(/\s+/)
  for (let n = 1; n <= 5 && 2 * n <= words.length; n++) {
    if (words.slice(0, n).join(' ') !== words.slice(n, 2 * n).join(' ')) continue
    const parts = classifyLabel(words.slice(0, n).join(' '))
    if (parts?.kind !== 'person') return null
    const role = words.slice(2 * n).join(' ')
    if (role) parts.extra.push(role)
    return { parts, length, form: 'portrait', strength: 3 }
  }
  return null
}

function found(
  raw: string,
  length: number,
  form: LabelForm,
  strengthOf: (p: LabelParts) => number
): Found | null {
  const parts = classifyLabel(raw)
  if (!parts) return null
  const strength = strengthOf(parts)
  if (strength < 1) return null
  return { parts, length, form, strength: Math.min(3, strength) as LabelStrength }
}

const nameIsCaps = (p: LabelParts): boolean => p.name !== null && !/\p{Ll}/u.test(p.name)

/** "MR. KIRBY:" 3, "KIRBY:" 2, "Yevgeny Poddubny:" 2, "Moderator:" 2, "Blinken:" 1, "A:" 1. */
function colonStrength(p: LabelParts): number {
  if (p.kind === 'question') return 3
  if (p.kind === 'answer') return 1
  if (p.caps) return p.honorific || p.title || p.kind === 'role' ? 3 : 2
  if (p.kind === 'role') return 2
  if (p.title && p.name) return 3
  // "Mr. Gromyko (Union of Soviet Socialist Republics):", the UN's records: a name with its country or office.
  if (p.honorific) return nameIsCaps(p) || p.extra.length > 0 ? 3 : 2
  const words = (p.name ?? '').split(' ').length
  return words >= 2 || p.extra.length > 0 ? 2 : 1
}

/**
 * The period form ("The President. …", "Q. …", "Mr. DIAZ-BALART. …", "President Zelenskyy. …") reads like an
 * ordinary sentence, so only offices, honorifics with a capitalised surname and questions count.
 */
function periodStrength(p: LabelParts): number {
  if (p.kind === 'question') return 3
  if (p.kind === 'role') return p.core.toLowerCase().startsWith('the ') ? 3 : 0
  if (p.kind !== 'person' || !p.name) return 0
  if (p.honorific) return nameIsCaps(p) ? 3 : 2
  if (p.title) return nameIsCaps(p) || p.name.split(' ').length <= 2 ? 3 : 0
  return 0
}
