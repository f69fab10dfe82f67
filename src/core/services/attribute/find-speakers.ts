import { FEMALE_HONORIFICS, INITIAL, isRoleNoun, stripArticle } from './lexicon'
import { nameTokens as tokens } from './clean-name'
import { couldBeSamePerson, nameSkeleton } from './person-name'
import { countryNamed, countryOf } from './prose/geography'
import type { NameRun } from './prose/name-run'
import { officesOf } from './prose/office-words'
import { institutionReferent } from './prose/institution-referent'
import { readProse, type ProseSentence, type ProseText } from './prose/read-prose'

/**
 * Finds the people a text names (and the unnamed sources and institutions it quotes or reports), with the role
 * the text gives them, merging every mention of one person ("President Biden", "Mr. Biden", "Biden") into one
 * candidate named with the fullest form found ("Vladimir V. Putin"). A person is someone named with a title or
 * honorific, a first name the lexicon knows, an initial, a role ("military spokesman X", "X, a spokeswoman,"), or
 * a full name that is the subject of a speech verb. Places, organisations and reporter credits are not people.
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
  paragraphIndex?: number
}

/** An office a person holds, compared form ("president"), with the country it is of, when the text says. */
export interface Office {
  office: string
  country: string | null
}

export interface ProseSpeaker extends SpeakerCandidate {
  kind: 'person' | 'source' | 'institution'
  offices: Office[]
  /** Offset of the first mention. */
  at: number
}

interface Mention {
  name: string
  at: number
  role: string | null
  honorific: string | null
  title: string | null
  offices: Office[]
  strong: boolean
  spoke: boolean
}

const RE_CREDIT =
  /^(?:(?:additional\s+)?reporting\s+(?:was\s+)?(?:contributed\s+)?by\b.*|.*\bcontributed\s+(?:reporting|research)\b.*|by\s+[\p{Lu}].{0,80})$/iu
const RE_APPOSITIVE_AFTER = /^,\s+((?:(?:an?|the|\p{Lu}[\p{L}.]*['’]s)\s|(?=\p{Lu}))[^,;()]{2,250}?)\s*[,)]/u
const RE_NAME_AHEAD =
  /^\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*,/u
const RE_ROLE_NOUN_BEFORE =
  /(?:^|[\s(])((?:(?:\p{Lu}[\p{L}.]*['’]s|\p{Lu}{2,}|[\p{Ll}-]+)\s+){0,2}[\p{Ll}-]+)\s+$/u
const RE_POSSESSOR_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u
const RANKS = new Set([
  'general',
  'major',
  'colonel',
  'captain',
  'lieutenant',
  'sergeant',
  'admiral',
  'commander'
])
const surnameOf = (name: string): string => tokens(name).at(-1) ?? name

/** Role text for an appositive, when it is headed by a role noun within its first words. */
function roleFromPhrase(phrase: string, headWindow: number): string | null {
  const words = phrase.trim().split(/\s+/)
  if (/^(?:who|which|whose|where|when|that)$/i.test(words[0] ?? '')) return null
  const head = words.slice(0, headWindow).findIndex((w) => isRoleNoun(w) || officesOf(w).length > 0)
  return head < 0 ? null : stripArticle(phrase.trim())
}

/** Role phrase ending right before ", Name,": "NATO's usually cautious outgoing leader". */
function roleBefore(sentence: string, commaAt: number): string | null {
  const before = sentence.slice(Math.max(0, commaAt - 300), commaAt)
  const phrase = before
    .slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)
    .trim()
  const words = phrase.split(/\s+/)
  if (words.length > 9 || !isRoleNoun(words.at(-1) ?? '')) return null
  return stripArticle(phrase)
}

function mentionOf(s: ProseSentence, r: NameRun): Mention {
  const t = s.masked
  const before = t.slice(Math.max(0, r.start - 300), r.start)
  const after = t.slice(r.end, r.end + 300)
  const nouns = RE_ROLE_NOUN_BEFORE.exec(before)?.[1]
  const roleNoun = nouns && isRoleNoun(nouns.split(/\s+/).at(-1)!) ? stripArticle(nouns) : null
  const setOff =
    /,\s*$/.test(before) && /^\s*,/.test(after) ? roleBefore(t, t.lastIndexOf(',', r.start)) : null
  const app = RE_APPOSITIVE_AFTER.exec(after)
  const definite = /(?:^|\s)the\s+$/i.test(before) || /^The\s/.test(t.slice(r.start, r.nameStart))
  const appositive =
    app && !definite && !RE_NAME_AHEAD.test(after.slice(app[0].length)) ? roleFromPhrase(app[1]!, 6) : null
  const aged = /^,\s+\d{1,3},/.test(after)
  const owner = RE_POSSESSOR_BEFORE.exec(before)?.[1]
  const inPhrase = [roleNoun, setOff, appositive]
    .flatMap((p) => (p ? p.split(/[\s,]+/) : []))
    .map((w) => countryOf(w.replace(/['’]s$/, ''))?.name)
    .find(Boolean)
  const country = r.country?.name ?? (owner ? (countryNamed(owner)?.name ?? null) : null) ?? inPhrase ?? null
  const offices = [r.title, roleNoun, setOff, appositive]
    .flatMap((p) => (p ? officesOf(p) : []))
    .map((office) => ({ office, country }))
  const single = tokens(r.name).length < 2
  const titled = !!r.title && officesOf(r.title).length > 0
  const rankOnly = titled && officesOf(r.title!).every((o) => RANKS.has(o))
  const spoke = s.cues.some((c) => c.subject.kind === 'name' && c.subject.start === r.nameStart)
  return {
    name: r.name,
    at: s.start + r.nameStart,
    role: r.title ?? roleNoun ?? setOff ?? appositive,
    honorific: r.honorific,
    title: r.title,
    offices,
    strong:
      !!r.honorific ||
      r.namedInFull ||
      !!roleNoun ||
      !!setOff ||
      !!appositive ||
      aged ||
      (titled && (!single || !rankOnly)),
    spoke
  }
}

/** The people, unnamed sources and institutions of a text, in order of first mention. */
export function findProseSpeakers(
  text: string,
  sentences: SentenceLike[],
  prose?: ProseText
): ProseSpeaker[] {
  const read = prose ?? readProse(text, sentences)
  const isCredit = (t: string) =>
    /\b(?:by|contributed)\b/i.test(t) && RE_CREDIT.test(t.replace(/^[^\p{L}]+/u, '').trim())
  const credit = new Set(sentences.flatMap((s, i) => (isCredit(s.text) ? [i] : [])))
  const spoken = read.sentences.filter((_, i) => !credit.has(i))
  const groups: { name: string; mentions: Mention[] }[] = []
  const bySurname = new Map<string, number[]>()
  for (const s of spoken) {
    for (const r of s.runs) {
      if (!r.name) continue
      const m = mentionOf(s, r)
      const size = tokens(m.name).length
      const key = nameSkeleton(surnameOf(m.name))
      const same = (bySurname.get(key) ?? []).filter((g) => couldBeSamePerson(groups[g]!.name, m.name))
      const g = same.at(-1)
      if (g === undefined) {
        bySurname.set(key, [...(bySurname.get(key) ?? []), groups.length])
        groups.push({ name: m.name, mentions: [m] })
        continue
      }
      const group = groups[g]!
      group.mentions.push(m)
      const best = tokens(group.name).length
      if (size > best || (size === best && m.name.length > group.name.length)) group.name = m.name
    }
  }
  const found: ProseSpeaker[] = []
  for (const { name, mentions } of groups) {
    const full = tokens(name).length >= 2
    if (!mentions.some((m) => m.strong) && !(full && mentions.some((m) => m.spoke))) continue
    const role = mentions.find((m) => m.role)?.role ?? null
    const offices = mentions.flatMap((m) => m.offices)
    found.push({
      name,
      aliases: aliasesFor(name, mentions),
      role,
      kind: 'person',
      offices,
      at: mentions[0]!.at
    })
  }
  const taken = new Set(found.map((f) => f.name.toLowerCase()))
  const add = (name: string, aliases: string[], kind: 'source' | 'institution', at: number): void => {
    const k = name.toLowerCase().replace(/^the\s+/, '')
    if (taken.has(k)) return
    taken.add(k)
    found.push({ name, aliases, role: kind === 'institution' ? 'institution' : null, kind, offices: [], at })
  }
  read.sentences.forEach((s, i) => {
    if (credit.has(i)) return
    for (const c of s.cues) {
      const sub = c.subject
      if (sub.kind === 'source')
        add(sub.name, [sub.name.replace(/^(?:a|an|one)\s+/i, 'the ')], 'source', s.start + sub.start)
      if (sub.kind !== 'institution') continue
      const name = sub.anaphoric ? institutionReferent(read.sentences, i, sub.name) : sub.name
      if (name) add(name, [], 'institution', s.start + sub.start)
    }
  })
  return found.sort((a, b) => a.at - b.at)
}

/** The candidates of findProseSpeakers as new speakers are made of them. */
export function findSpeakers(text: string, sentences: SentenceLike[], prose?: ProseText): SpeakerCandidate[] {
  return findProseSpeakers(text, sentences, prose).map(({ name, aliases, role }) => ({ name, aliases, role }))
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
