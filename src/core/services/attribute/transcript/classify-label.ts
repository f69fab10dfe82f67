import { COMMON_WORDS, FIRST_NAMES } from '../name-lexicon.generated'
import {
  ANSWER_LABELS,
  DELIVERY_NOTE,
  LABEL_HONORIFICS,
  NOT_A_SPEAKER,
  OFFICE_ABBREVIATIONS,
  QUESTION_LABELS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  TITLE_PHRASES
} from './label-words'

export type LabelKind = 'question' | 'answer' | 'role' | 'person'

/** A speaker label taken apart: "SECRETARY OF DEFENSE LLOYD J. AUSTIN III" → title + name. */
export interface LabelParts {
  kind: LabelKind
  /** The label without delivery notes and timestamps: "The President", "CAROLYN PRESUTTI, VOA Senior …". */
  core: string
  honorific: string | null
  /** An office before the name, or the whole role: "SECRETARY OF DEFENSE", "The SPEAKER pro tempore". */
  title: string | null
  /** The name as written, or null for a role: "LLOYD J. AUSTIN III", "Yevgeny Poddubny". */
  name: string | null
  /** What follows a comma or sits in parentheses: "VOA Senior Washington Correspondent", "Lewisham East". */
  extra: string[]
  /** Every letter of the label is a capital ("MR. KIRBY"). */
  caps: boolean
}

const PARTICLES = new Set(
  'of the for and de del della der den van von da di du la le al el bin ibn y pro tempore'.split(' ')
)
const TIMESTAMP = /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?$/

/** Reads a label (without its delimiter) into its parts, or null when it is not a speaker label at all. */
export function classifyLabel(raw: string): LabelParts | null {
  let core = raw.replace(/\s+/g, ' ').trim()
  const extra: string[] = []
  for (let m = /\s*\(([^()]*)\)\s*$/.exec(core); m; m = /\s*\(([^()]*)\)\s*$/.exec(core)) {
    const inside = m[1]!.trim()
    if (inside && !TIMESTAMP.test(inside) && !DELIVERY_NOTE.test(inside)) extra.unshift(inside)
    core = core.slice(0, m.index).trim()
  }
  const comma = core.indexOf(',')
  if (comma > 0) {
    const after = core.slice(comma + 1).trim()
    // "Aliona, Kyiv Resident", "CAROLYN PRESUTTI, VOA …": a capitalised role; "Third, and perhaps most" is prose.
    if (!/^[\p{Lu}\d]/u.test(after)) return null
    extra.unshift(after)
    core = core.slice(0, comma).trim()
  }
  if (core.length === 0 || core.length > 60 || /[?!;"“”]|\.\.|\s\.|[:/\\]/.test(core)) return null
  if (!/^\p{Lu}/u.test(core)) return null
  const words = core.split(' ')
  if (words.length > 8) return null
  const lower = core.toLowerCase()
  const caps = !/\p{Ll}/u.test(core.replace(/\b(?:Mc|Mac|De|Di|La|Le|O['’])(?=\p{Lu})/gu, ''))

  if (QUESTION_LABELS.has(lower)) return parts('question', core, null, null, null, extra, caps)
  const office = OFFICE_ABBREVIATIONS[lower]
  if (office) return parts('role', office, null, office, null, extra, caps)
  if (ANSWER_LABELS.has(lower)) return parts('answer', core, null, null, null, extra, caps)
  if (words.some((w) => /\d/.test(w)) && !/^\p{L}+ \d{1,2}$/u.test(core)) return null
  for (const w of words) {
    const bare = w.toLowerCase().replace(/\.$/, '')
    if (/^\p{Ll}/u.test(w) && !PARTICLES.has(bare)) return null
  }
  const first = words[0]!
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/['’]s$/, '')

  let rest = words
  let honorific: string | null = null
  if (LABEL_HONORIFICS.has(first) && words.length > 1) {
    honorific = words[0]!
    rest = words.slice(1)
  } else if (first === 'the') {
    const role = rest.slice(1).join(' ')
    if (!isRolePhrase(role)) return null
    return parts('role', core, null, core, null, extra, caps)
  } else if (NOT_A_SPEAKER.has(first)) return null
  if (!honorific && isRolePhrase(rest.join(' '))) return parts('role', core, null, core, null, extra, caps)

  const title = leadingTitle(rest)
  const afterTitle = title ? rest.slice(title.split(' ').length) : rest
  if (afterTitle.length === 0) {
    if (honorific) return parts('person', core, honorific, title, null, extra, caps) // "Madam Chair"
    return isRolePhrase(rest.join(' ')) ? parts('role', core, null, core, null, extra, caps) : null
  }
  if (!afterTitle.every(isNameWord)) return null
  if (!honorific && !title && !looksLikeName(afterTitle)) return null
  return parts('person', core, honorific, title, afterTitle.join(' '), extra, caps)
}

function parts(
  kind: LabelKind,
  core: string,
  honorific: string | null,
  title: string | null,
  name: string | null,
  extra: string[],
  caps: boolean
): LabelParts {
  return { kind, core, honorific, title, name, extra, caps }
}

/**
 * The office opening a label's words, with up to three qualifiers before it: "SECRETARY OF DEFENSE LLOYD …",
 * "International Vice President Roxanne Brown", "NATO Secretary General Mark Rutte".
 */
function leadingTitle(words: string[]): string | null {
  const lower = words.map((w) => w.toLowerCase())
  for (let at = 0; at <= Math.min(3, lower.length - 1); at++) {
    if (at > 0 && !/^\p{Lu}/u.test(words[at - 1]!)) return null
    for (const phrase of TITLE_PHRASES) {
      const n = phrase.split(' ').length
      if (at + n > lower.length || lower.slice(at, at + n).join(' ') !== phrase) continue
      // "President of Russia Vladimir Putin": the office runs on through "of <Place>".
      let end = at + n
      if (lower[end] === 'of' && words[end + 1] && /^\p{Lu}/u.test(words[end + 1]!)) {
        end += 2
        if (lower[end - 1] === 'the' && words[end]) end++
      }
      return words.slice(0, end).join(' ')
    }
  }
  return null
}

/**
 * "MODERATOR", "Senior Administration Official", "Unidentified Narrator", "SPEAKER pro tempore", "Speaker 1": role
 * words, at least one of them naming a person ("Department" alone names no one).
 */
function isRolePhrase(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(' ').filter(Boolean)
  if (ws.length === 0 || ws.length > 5) return false
  if (ws.length === 2 && /^\d{1,2}$/.test(ws[1]!) && ROLE_WORDS.has(ws[0]!)) return true
  const known = ws.every((w) => ROLE_WORDS.has(w) || w === 'of' || w === 'the' || w === 'for')
  return known && ws.some((w) => ROLE_WORDS.has(w) && !ROLE_MODIFIERS.has(w))
}

/** Not a run of common words ("PROMISE MADE", "Show Open"): none is a verb, adjective or function word. */
function looksLikeName(words: string[]): boolean {
  return words.every((w) => {
    const lower = w.toLowerCase().replace(/[.'’]+$/, '')
    return FIRST_NAMES.has(lower) || !COMMON_WORDS.has(lower)
  })
}

function isNameWord(w: string): boolean {
  if (PARTICLES.has(w.toLowerCase())) return true
  if (/^\p{Lu}\.$/u.test(w)) return true // an initial
  if (/^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u.test(w)) return true
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) && /\p{L}{2}/u.test(w)
}
