import { SOURCE_NOUN } from '../lexicon'
import { capitalOf, countryNamed, countryOf, isPlace } from './geography'
import type { NameRun } from './name-run'
import { INSTITUTION_HEADS, isOfficeWord, officesOf } from './office-words'

/**
 * Who a speech verb's subject is, read from the words that end (or start) at a position: a name, a pronoun, an
 * epithet ("the Ukrainian president", "The Head of State"), an institution ("the Pentagon", "Ukraine's military",
 * "Russia") or an unnamed source ("a senior administration official").
 */
export type SubjectKind = 'name' | 'pronoun' | 'epithet' | 'institution' | 'source'

export interface Subject {
  kind: SubjectKind
  /** Sentence-relative. */
  start: number
  end: number
  /** kind name: the person's name; institution: its name ("Ukrainian military"); source: the phrase. */
  name: string
  /** kind epithet: the offices it names ("president", "state secretary"). */
  offices: string[]
  /** The country an epithet's office or an institution belongs to, canonical name, or null. */
  country: string | null
  /** kind institution: "the department", "the ministry" — an institution named before. */
  anaphoric: boolean
  /** Where the subject's noun phrase starts, titles included ("after Russian President Vladimir Putin"). */
  phraseStart: number
  /** The phrase opens with a subordinating word ("After Russian President Putin said …"). */
  opensClause: boolean
}

/** "newspaper Etela-Saimaa", "news agency Ria Novosti": the name that follows is the outlet's. */
const RE_MEDIA_BEFORE =
  /(?:newspaper|news\s+agency|agency|daily|broadcaster|channel|website|outlet|magazine|tabloid|wire\s+service)\s+$/i
const NEWS_AGENCIES =
  /^(?:Reuters|AP|AFP|TASS|Tass|Interfax|Xinhua|Ukrinform|Bloomberg|Yonhap|Kyodo|IRNA|Anadolu)$/
const RE_SOURCE_HEAD = new RegExp(String.raw`^${SOURCE_NOUN}$`, 'i')
const QUALIFIER = String.raw`(?:[\p{Ll}-]+|U\.S\.|U\.N\.|U\.K\.|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic))`
/** "a spokesperson for the ministry", "a senior U.S. defense official", ending where the verb's gap begins. */
const RE_SOURCE_AT_END = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]n?|[Oo]ne)\s+(?:${QUALIFIER}\s+){0,4}${SOURCE_NOUN}(?:\s+(?:for|at|of|in|from|with)\s+(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*){0,3})?$`,
  'u'
)
const DETERMINER = /^(?:the|The|a|A|an|An|one|One)$/
const POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)['’]s$/u
const MODIFIER = /^(?:[\p{Ll}-]+|U\.S\.|U\.K\.|U\.N\.|E\.U\.)$/u

function subject(
  kind: SubjectKind,
  start: number,
  end: number,
  name: string,
  extra: Partial<Subject> = {}
): Subject {
  return {
    kind,
    start,
    end,
    name,
    offices: [],
    country: null,
    anaphoric: false,
    phraseStart: start,
    opensClause: false,
    ...extra
  }
}

const adjectiveOf = (place: string): string => countryOf(place)?.adjective ?? place

/** "Ukraine's military" → "Ukrainian military"; "the Pentagon" → "The Pentagon"; "the Ukrainian air force" → "Ukrainian air force". */
export function institutionName(words: string[]): string {
  const out = [...words]
  const own = POSSESSIVE.exec(out[0] ?? '')
  if (own && countryNamed(own[1]!)) out[0] = adjectiveOf(own[1]!)
  if (/^the$/i.test(out[0] ?? '')) {
    if (out[1] && isPlace(out[1])) out.shift()
    else out[0] = 'The'
  }
  return out.join(' ')
}

/** A run of capitalised words without a person's name: an institution, a place, or an office. */
function fromRun(run: NameRun, text: string, sentence: string): Subject | null {
  const words = text.split(/\s+/)
  while (words.length > 1 && /^(?:But|And|Also|Meanwhile|Separately|Still|Yet|So)$/.test(words[0]!))
    words.shift()
  const start = run.end - words.join(' ').length
  const definite = /(?:^|\s)the\s+$/i.test(sentence.slice(0, start)) || /^The$/.test(words[0]!)
  const last = words.at(-1)!
  const body = words.filter((w) => !/^the$/i.test(w)).join(' ')
  if (NEWS_AGENCIES.test(body)) return subject('institution', start, run.end, body)
  if (words.length === 1 && (countryNamed(last) || capitalOf(last)))
    return subject('institution', start, run.end, last)
  if (/^\p{Lu}{2,}$/u.test(body) && !isPlace(body)) return subject('institution', start, run.end, body)
  if (INSTITUTION_HEADS.has(last.toLowerCase()) || /^(?:Kremlin|Pentagon)$/.test(last)) {
    const name = institutionName(definite && !/^The$/.test(words[0]!) ? ['the', ...words] : words)
    return subject('institution', start, run.end, name, { country: run.country?.name ?? null })
  }
  const offices = officesOf(body)
  if (definite && offices.length && (isOfficeWord(last) || run.country))
    return subject('epithet', start, run.end, body, { offices, country: run.country?.name ?? null })
  return null
}

/** The lowercase-headed noun phrase ending at `end`: "the Ukrainian president", "Ukraine's military". */
function fromPhrase(sentence: string, end: number): Subject | null {
  const words: { w: string; at: number }[] = []
  for (const m of sentence.slice(Math.max(0, end - 120), end).matchAll(/\S+/g))
    words.push({ w: m[0], at: Math.max(0, end - 120) + m.index })
  let k = words.length - 1
  const head = words[k]
  if (!head || !/^[\p{Ll}-]+$/u.test(head.w)) return null
  const from = (i: number) => sentence.slice(words[i]!.at, end)
  for (let n = 0; k >= 0 && n < 6; k--, n++) {
    const w = words[k]!.w
    if (DETERMINER.test(w) || POSSESSIVE.test(w)) break
    if (k < words.length - 1 && !MODIFIER.test(w) && !countryOf(w)) return null
  }
  if (k < 0) return null
  const det = words[k]!.w
  const own = POSSESSIVE.exec(det)
  const phrase = from(k).replace(/\s+/g, ' ')
  const rest = phrase.split(' ').slice(1)
  const country = own
    ? (countryNamed(own[1]!)?.name ?? null)
    : (rest.map((w) => countryOf(w)?.name).find(Boolean) ?? null)
  const h = head.w.toLowerCase()
  if (/^(?:a|an|one)$/i.test(det)) {
    if (!RE_SOURCE_HEAD.test(h)) return null
    return subject('source', words[k]!.at, end, phrase.charAt(0).toLowerCase() + phrase.slice(1))
  }
  if (!own && !/^the$/i.test(det)) return null
  if (own && !countryNamed(own[1]!) && !INSTITUTION_HEADS.has(h) && !isOfficeWord(h)) return null
  if (INSTITUTION_HEADS.has(h)) {
    const anaphoric = rest.length === 1 && !own
    return subject('institution', words[k]!.at, end, institutionName(phrase.split(' ')), {
      country,
      anaphoric
    })
  }
  const offices = officesOf(rest.join(' '))
  if (!offices.length || !isOfficeWord(h)) return null
  return subject('epithet', words[k]!.at, end, phrase, { offices, country })
}

const CLAUSE_OPENERS =
  /^(?:After|Before|When|While|As|Since|Until|Because|Although|Though|If|Once|Unless|Whereas)$/

const OPENERS =
  /^(?:But|And|Also|So|Yet|Still|Then|Now|In|On|At|Meanwhile|Separately|Despite|Later|Earlier)\s+/

function nameSubject(run: NameRun, sentence: string): Subject {
  let from = run.start
  let opensClause = false
  for (;;) {
    const rest = sentence.slice(from, run.nameStart)
    const clause = /^(\S+)\s+/.exec(rest)
    if (clause && CLAUSE_OPENERS.test(clause[1]!)) opensClause = true
    const skip = OPENERS.exec(rest)?.[0] ?? (clause && CLAUSE_OPENERS.test(clause[1]!) ? clause[0] : null)
    if (!skip) break
    from += skip.length
  }
  return subject('name', run.nameStart, run.end, run.name, { phraseStart: from, opensClause })
}

/** The subject whose last word ends at `end` (sentence-relative), if it is one of the kinds above. */
export function subjectEndingAt(sentence: string, end: number, runs: NameRun[]): Subject | null {
  const base = Math.max(0, end - 300)
  const trimmed = sentence.slice(base, end).trimEnd()
  const e = base + trimmed.length
  const pronoun = /(?<![\p{L}])([Hh]e|[Ss]he)$/u.exec(trimmed)
  if (pronoun) return subject('pronoun', e - pronoun[1]!.length, e, pronoun[1]!.toLowerCase())
  const source = RE_SOURCE_AT_END.exec(trimmed.slice(-200))
  if (source) {
    const phrase = source[0].replace(/\s+/g, ' ')
    return subject('source', e - source[0].length, e, phrase.charAt(0).toLowerCase() + phrase.slice(1))
  }
  const run = runs.find((r) => r.end === e)
  if (
    run &&
    run.name &&
    !run.possessive &&
    (RE_MEDIA_BEFORE.test(sentence.slice(0, run.start)) || NEWS_AGENCIES.test(run.name))
  )
    return subject('institution', run.start, e, sentence.slice(run.start, e))
  if (run && run.name && !run.possessive) return nameSubject(run, sentence)
  if (run && !run.name) {
    const found = fromRun(run, sentence.slice(run.start, run.end), sentence)
    if (found) return found
  }
  return fromPhrase(sentence, e)
}

/** The subject starting at `start`, for inverted cues (", said the Pentagon", "according to Blinken"). */
export function subjectStartingAt(sentence: string, start: number, runs: NameRun[]): Subject | null {
  const s = start + (/^\s*/.exec(sentence.slice(start))?.[0].length ?? 0)
  const pronoun = /^([Hh]e|[Ss]he)(?![\p{L}])/u.exec(sentence.slice(s))
  if (pronoun) return subject('pronoun', s, s + pronoun[1]!.length, pronoun[1]!.toLowerCase())
  const after = /^(?:the\s+)?/i.exec(sentence.slice(s))![0].length
  const run = runs.find((r) => r.start === s + after || r.start === s)
  if (!run) return null
  if (run.name && !run.possessive) return nameSubject(run, sentence)
  const tail = /^(?:\s+[\p{Ll}-]+){0,2}/u.exec(sentence.slice(run.end))?.[0].length ?? 0
  // "the U.S. spokesperson": the phrase goes on past the capitalised words.
  if (tail) return fromPhrase(sentence, run.end + tail)
  return fromRun(run, sentence.slice(run.start, run.end), sentence)
}
