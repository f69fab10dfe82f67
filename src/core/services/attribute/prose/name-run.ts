import { SPEECH_VERB } from '../lexicon'
import { COMMON_WORDS, FIRST_NAMES } from '../name-lexicon.generated'
import { MAX_PLACE_WORDS, countryNamed, countryOf, isPlace, mayStartPlace, type Country } from './geography'
import { isOfficeWord, isOrganisationWord } from './office-words'

/**
 * A run of capitalised words ("President of Ukraine Volodymyr Zelenskyy", "Pentagon Press Secretary Air Force
 * Brig. Gen. Pat Ryder", "Mr. Biden's") read as an office and a person's name, without a tagger: offices, ranks,
 * organisations and places open the run, the name is what follows (up to a common word), and the evidence that it
 * is a person is a title or honorific before it, a known first name, or an initial.
 */
export interface NameRun {
  /** The whole run. */
  start: number
  end: number
  /** The name part, or an empty name when the run has none ("The White House"). */
  nameStart: number
  name: string
  /** The office words before the name as written ("U.S. Secretary of State"), or null. */
  title: string | null
  /** A country the office belongs to ("Ukrainian President", "President of Ukraine"), or null. */
  country: Country | null
  honorific: string | null
  /** The run ends with 's: "Mr. Biden's". */
  possessive: boolean
  /** A first name the lexicon knows opens the name, or it has an initial. */
  namedInFull: boolean
}

const ABBREVIATIONS =
  'Gen|Brig|Lt|Maj|Col|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Rev|Amb|Hon|Cpl|Pvt'
const WORD = String.raw`(?:(?:${ABBREVIATIONS})\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)`
const CONNECTOR = String.raw`(?:of|the|for|de|van|von|der|den|di|du|da|del|della|la|le|bin|ibn|al|el|ben)`
const RE_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])${WORD}(?:[ \t\u00a0]+(?:${CONNECTOR}[ \t\u00a0]+)*${WORD})*`,
  'gu'
)
const RE_TOKEN = new RegExp(WORD, 'gu')
const HONORIFICS = new Set(
  'mr mrs ms miss mx dr prof sir dame lord lady baroness baron madam mme rev hon'.split(' ')
)
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/
const INITIAL = /^\p{Lu}\.$/u
const POSSESSIVE = /['’]s$/u

interface Token {
  text: string
  at: number
}

const bare = (t: string): string =>
  t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '')
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'.split(
    ' '
  )
)

const RE_SPEECH_VERB = new RegExp(`^${SPEECH_VERB}$`)

/** A common word in any of its inflections ("describes", "warned", "meeting"), or a speech verb ("Stresses"). */
function isCommon(w: string): boolean {
  if (COMMON_WORDS.has(w) || CALENDAR.has(w) || RE_SPEECH_VERB.test(w)) return true
  for (const [suffix, add] of [
    ['s', ''],
    ['es', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e']
  ] as const)
    if (
      w.endsWith(suffix) &&
      w.length > suffix.length + 2 &&
      COMMON_WORDS.has(w.slice(0, -suffix.length) + add)
    )
      return true
  return false
}

/** The place phrase of up to MAX_PLACE_WORDS tokens starting at `i`, as a token count (0 if none). */
function placeAt(tokens: Token[], i: number): number {
  if (!mayStartPlace(tokens[i]!.text)) return 0
  for (let n = Math.min(MAX_PLACE_WORDS, tokens.length - i); n > 0; n--) {
    const phrase = tokens
      .slice(i, i + n)
      .map((t) => t.text.replace(POSSESSIVE, ''))
      .join(' ')
    if (isPlace(phrase)) return n
  }
  return 0
}

/** Whether a token can be part of a person's name. */
function isNameToken(t: string): boolean {
  if (INITIAL.test(t) || SUFFIX.test(t)) return true
  const w = bare(t)
  if (FIRST_NAMES.has(w)) return true
  if (/['’](?:re|ll|ve|d|m|t)$/i.test(t)) return false
  return (
    !isCommon(w) && !isOfficeWord(w) && !isOrganisationWord(w) && !/^\p{Lu}+$/u.test(t.replace(/[.'’]/g, ''))
  )
}

function parseRun(text: string, start: number, end: number): NameRun {
  const tokens: Token[] = [...text.slice(start, end).matchAll(RE_TOKEN)].map((m) => ({
    text: m[0],
    at: start + m.index
  }))
  let i = 0
  let titleFrom = -1
  let honorific: string | null = null
  let country: Country | null = null
  // The opening: sentence openers, honorifics, offices, organisations and places.
  while (i < tokens.length) {
    const t = tokens[i]!.text
    const w = bare(t)
    const place = placeAt(tokens, i)
    if (place) {
      const phrase = tokens
        .slice(i, i + place)
        .map((x) => x.text.replace(POSSESSIVE, ''))
        .join(' ')
      country ??= countryOf(phrase) ?? countryNamed(phrase)
      if (titleFrom < 0) titleFrom = i
      i += place
      continue
    }
    if (HONORIFICS.has(w)) {
      honorific = t.replace(/\.$/, '')
      i++
      continue
    }
    if (isOfficeWord(w) || isOrganisationWord(w) || /^(?:of|the|for)$/i.test(t)) {
      if (titleFrom < 0 && !/^(?:of|the|for)$/i.test(t)) titleFrom = i
      i++
      continue
    }
    if (isCommon(w) && !FIRST_NAMES.has(w) && titleFrom < 0 && !honorific) {
      i++
      continue
    }
    break
  }
  const from = i
  // "Under-Secretary-General for Political …", "Secretary of …": what follows a connector is not a person's name.
  const gap =
    i > 0 && i < tokens.length
      ? text.slice(tokens[i - 1]!.at + tokens[i - 1]!.text.length, tokens[i]!.at)
      : ''
  const afterConnector =
    i > 0 && (/^(?:of|the|for)$/i.test(tokens[i - 1]!.text) || /\s(?:of|the|for)\s/i.test(gap))
  while (!afterConnector && i < tokens.length && isNameToken(tokens[i]!.text)) {
    i++
    if (POSSESSIVE.test(tokens[i - 1]!.text)) break
  }
  const nameTokens = tokens.slice(from, i)
  const last = nameTokens.at(-1)
  const possessive = !!last && POSSESSIVE.test(last.text)
  const name = nameTokens
    .map((t) => t.text)
    .join(' ')
    .replace(POSSESSIVE, '')
  const titleTokens = titleFrom >= 0 ? tokens.slice(titleFrom, from) : []
  const title = titleTokens.some((t) => isOfficeWord(bare(t.text)))
    ? text
        .slice(titleTokens[0]!.at, titleTokens.at(-1)!.at + titleTokens.at(-1)!.text.length)
        .replace(/\s+/g, ' ')
    : null
  const first = nameTokens[0] ? bare(nameTokens[0].text) : ''
  return {
    start,
    end: last ? last.at + last.text.length : end,
    nameStart: nameTokens[0]?.at ?? end,
    name,
    title: title && /\p{Ll}|\./u.test(title) ? title.replace(/\s+(?:of|the|for)$/i, '') : null,
    country,
    honorific,
    possessive,
    namedInFull:
      nameTokens.filter((t) => !INITIAL.test(t.text) && !SUFFIX.test(t.text)).length >= 2 &&
      (FIRST_NAMES.has(first) || nameTokens.some((t) => INITIAL.test(t.text)))
  }
}

/** The runs of capitalised words in `text[from, to)`. */
export function nameRuns(text: string, from = 0, to = text.length): NameRun[] {
  const out: NameRun[] = []
  for (const m of text.slice(from, to).matchAll(RE_RUN))
    out.push(parseRun(text, from + m.index, from + m.index + m[0].length))
  return out
}
