import {
  FEMALE_HONORIFICS,
  HONORIFIC,
  INITIAL,
  NAME,
  NAME_WITH_INITIAL,
  NAME_WORD,
  SOURCE_NOUN,
  SPEECH_VERB,
  TITLE,
  TITLE_QUALIFIER,
  VERB_FILLER,
  isRoleNoun,
  stripArticle
} from './lexicon'
import { cleanName, nameTokens as tokens } from './clean-name'
import { tagPeople, type PeopleTags } from './tag-people'

/**
 * Finds the people (and unnamed sources) a text quotes or reports, with the
 * role the text gives them, merging every mention of one person
 * ("President Biden", "Mr. Biden", "Biden") into one candidate named with the
 * fullest form found ("Vladimir V. Putin"). Places, organisations and
 * reporter credits ("X contributed reporting") are not returned.
 */
export interface SpeakerCandidate {
  name: string
  aliases: string[]
  role: string | null
}

export interface SentenceLike {
  start: number
  end: number
  text: string
}

type Evidence = 'honorific' | 'title' | 'initials' | 'appositive' | 'speech' | 'nlp'
interface Mention {
  name: string
  at: number
  evidence: Evidence
  role?: string
  honorific?: string
  title?: string
}

const U = 'gu'
const RE_HONORIFIC = new RegExp(String.raw`(?<![\p{L}])(${HONORIFIC})\.?\s+(${NAME})`, U)
const RE_TITLE = new RegExp(String.raw`(?<![\p{L}.])(${TITLE_QUALIFIER}?${TITLE})\s+(${NAME})`, U)
const RE_INITIALS = new RegExp(String.raw`(?<![\p{L}])${NAME_WITH_INITIAL}`, U)
const RE_NAME_COMMA = new RegExp(String.raw`,\s+(?:(?:${HONORIFIC})\.?\s+)?(${NAME}),`, U)
const RE_APPOSITIVE_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${HONORIFIC})\.?\s+)?(${NAME}),\s+((?:an?|the|\p{Lu}[\p{L}.]*['’]s)\s[^,;()]{2,250}?)\s*[,)]`,
  U
)
const RE_NAME_AHEAD = new RegExp(String.raw`^\s*(?:(?:${HONORIFIC})\.?\s+)?${NAME}\s*,`, 'u')
const RE_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})(?:,[^,;:]{1,250},)?\s*,?\s+${VERB_FILLER}${SPEECH_VERB}(?![\p{L}])`,
  U
)
const RE_INVERTED = new RegExp(
  String.raw`(?<![\p{L}])(?:${SPEECH_VERB}|according\s+to)\s+(?:(?:${HONORIFIC})\.?\s+)?(${NAME})`,
  U
)
const RE_SOURCE = new RegExp(
  String.raw`(?<![\p{L}])((?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,4}${SOURCE_NOUN}(?:\s+(?:for|at|of|in|from|with)\s+(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*){0,3})?)(?:,[^,;:]{1,150},)?\s+${VERB_FILLER}${SPEECH_VERB}(?![\p{L}])`,
  'gu'
)
const RE_AFTER_NAME = new RegExp(String.raw`${NAME_WORD},\s*$`, 'u')
const RE_CREDIT =
  /^(?:(?:additional\s+)?reporting\s+(?:was\s+)?(?:contributed\s+)?by\b.*|.*\bcontributed\s+(?:reporting|research)\b.*|by\s+[\p{Lu}].{0,80})$/iu
const surnameOf = (name: string): string => tokens(name).at(-1) ?? name

/** Role text for an appositive, when it is headed by a role noun within its first words. */
function roleFromPhrase(phrase: string, headWindow: number): string | null {
  const words = phrase.trim().split(/\s+/)
  if (/^(?:who|which|whose|where|when|that)$/i.test(words[0] ?? '')) return null
  const head = words.slice(0, headWindow).findIndex(isRoleNoun)
  return head < 0 ? null : stripArticle(phrase.trim())
}

/** Role phrase ending right before ", Name,": "NATO's usually cautious outgoing leader". */
function roleBefore(sentence: string, commaAt: number): string | null {
  const before = sentence.slice(0, commaAt)
  const phrase = before
    .slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)
    .trim()
  const words = phrase.split(/\s+/)
  if (words.length > 9 || !isRoleNoun(words.at(-1) ?? '')) return null
  return stripArticle(phrase)
}

function mentionsIn(s: SentenceLike, doc: PeopleTags): Mention[] {
  const out: Mention[] = []
  const add = (raw: string, at: number, evidence: Evidence, extra: Partial<Mention> = {}): void => {
    const name = cleanName(raw)
    if (name && /\p{Ll}/u.test(name)) out.push({ name, at: s.start + at, evidence, ...extra })
  }
  const t = s.text
  for (const m of t.matchAll(RE_HONORIFIC)) add(m[2]!, m.index, 'honorific', { honorific: m[1]! })
  for (const m of t.matchAll(RE_TITLE)) add(m[2]!, m.index, 'title', { role: m[1]!, title: m[1]! })
  for (const m of t.matchAll(RE_INITIALS)) add(m[0], m.index, 'initials')
  for (const m of t.matchAll(RE_NAME_COMMA)) {
    const role = roleBefore(t, m.index)
    if (role) add(m[1]!, m.index, 'appositive', { role })
  }
  for (const m of t.matchAll(RE_APPOSITIVE_AFTER)) {
    // "The Economist, the Kremlin's top spokesman, Dmitry Peskov,": the phrase
    // describes the following name, and "The Economist" is no person.
    const after = t.slice(m.index + m[0].length)
    const definite = /^the\s/i.test(m[1]!) || /\bthe\s+$/i.test(t.slice(0, m.index))
    const role = roleFromPhrase(m[2]!, 6)
    if (role && !definite && !RE_NAME_AHEAD.test(after)) add(m[1]!, m.index, 'appositive', { role })
  }
  for (const re of [RE_SUBJECT, RE_INVERTED]) {
    for (const m of t.matchAll(re)) add(m[1]!, m.index + m[0].indexOf(m[1]!), 'speech')
  }
  for (const p of doc.people) {
    if (p.at >= s.start && p.at < s.end) out.push({ name: p.name, at: p.at, evidence: 'nlp' })
  }
  return out
}

const STRONG: ReadonlySet<Evidence> = new Set(['honorific', 'title', 'initials', 'appositive', 'nlp'])

function isPlaceLike(name: string, doc: PeopleTags): boolean {
  const ws = tokens(name)
  return ws.some((w) => doc.placeWords.has(w)) && !ws.some((w) => doc.personWords.has(w))
}

function unnamedSources(sentences: SentenceLike[]): { name: string; at: number }[] {
  const found: { name: string; at: number }[] = []
  for (const s of sentences) {
    for (const m of s.text.matchAll(RE_SOURCE)) {
      // "Maria Lopez, an analyst at X, said": an appositive, not an unnamed source.
      if (RE_AFTER_NAME.test(s.text.slice(0, m.index))) continue
      const phrase = m[1]!.replace(/\s+/g, ' ')
      found.push({ name: phrase.charAt(0).toLowerCase() + phrase.slice(1), at: s.start + m.index })
    }
  }
  return found
}

/** `doc`: the tags of `text` (see tagPeople), when already made. */
export function findSpeakers(
  text: string,
  sentences: SentenceLike[],
  doc: PeopleTags = tagPeople(text)
): SpeakerCandidate[] {
  const spoken = sentences.filter((s) => !RE_CREDIT.test(s.text.trim()))
  const mentions = spoken.flatMap((s) => mentionsIn(s, doc)).sort((a, b) => a.at - b.at)

  // Group mentions by surname; the group must hold some evidence of personhood.
  const groups = new Map<string, Mention[]>()
  for (const m of mentions) {
    const key = surnameOf(m.name)
    const group = groups.get(key)
    if (group) group.push(m)
    else groups.set(key, [m])
  }
  const found: { at: number; candidate: SpeakerCandidate }[] = []
  for (const [surname, group] of groups) {
    const strong = group.some((m) => STRONG.has(m.evidence))
    const titled = group.some((m) => m.evidence === 'honorific')
    const spoke = group.some((m) => m.evidence === 'speech')
    const known = doc.personWords.has(surname)
    if (!strong && !(spoke && known)) continue
    if (!titled && isPlaceLike(surname, doc)) continue
    const name = group
      .map((m) => m.name)
      .reduce((best, n) =>
        tokens(n).length > tokens(best).length ||
        (tokens(n).length === tokens(best).length && n.length > best.length)
          ? n
          : best
      )
    const role = group.find((m) => m.role)?.role ?? null
    found.push({ at: group[0]!.at, candidate: { name, aliases: aliasesFor(name, group), role } })
  }
  const taken = new Set(found.map((f) => f.candidate.name.toLowerCase()))
  for (const src of unnamedSources(spoken)) {
    if (taken.has(src.name.toLowerCase())) continue
    taken.add(src.name.toLowerCase())
    const definite = src.name.replace(/^(?:a|an|one)\s+/i, 'the ')
    found.push({ at: src.at, candidate: { name: src.name, aliases: [definite], role: null } })
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.candidate)
}

function aliasesFor(name: string, group: Mention[]): string[] {
  const surname = surnameOf(name)
  const aliases = new Set<string>([surname])
  const honorifics = group.flatMap((m) => (m.honorific ? [m.honorific] : []))
  const female = honorifics.some((h) => FEMALE_HONORIFICS.has(h.toLowerCase()))
  for (const h of female ? honorifics : ['Mr', ...honorifics]) {
    aliases.add(`${h}. ${surname}`)
    aliases.add(`${h} ${surname}`)
  }
  for (const m of group) {
    if (!m.title) continue
    const core = (m.title.split(/\s+of\s+/)[0] ?? m.title).split(/\s+/).at(-1) ?? m.title
    aliases.add(`${core} ${surname}`)
  }
  const withoutInitials = name.replace(new RegExp(String.raw`\s+${INITIAL}(?=\s)`, 'gu'), '')
  aliases.add(withoutInitials)
  for (const m of group) aliases.add(m.name)
  aliases.delete(name)
  return [...aliases]
}
