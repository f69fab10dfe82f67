/**
 * Shared word lists and regex fragments for speaker discovery and attribution.
 * All fragments are meant for regexes built with the `u` flag.
 */

/** One capitalised name word, not all-caps, never a possessive ("Biden's" → "Biden"). */
export const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}]|['’](?!s(?![\p{L}]))(?=\p{L})|-(?=\p{L}))*[\p{Ll}\p{M}]`
/** An initial such as "J." */
export const INITIAL = String.raw`\p{Lu}\.`
const PARTICLE = String.raw`(?:van|von|de|da|del|della|der|den|di|du|la|le|bin|ibn|al|el|ben)`
/** A personal name: 1–4 capitalised words, optional initials and particles. */
export const NAME = String.raw`${NAME_WORD}(?:\s+(?:${INITIAL}\s+)*(?:${PARTICLE}\s+)?${NAME_WORD}){0,3}`
/** A name containing at least one initial: "Antony J. Blinken". */
export const NAME_WITH_INITIAL = String.raw`${NAME_WORD}(?:\s+${INITIAL})+\s+${NAME_WORD}(?:\s+${NAME_WORD})?`

export const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Prof|Messrs|Mme|Sir|Dame|Lord|Lady)`
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'mme', 'dame', 'lady'])

const TITLE_LIST = [
  'Secretary of State',
  'Secretary of Defense',
  'Secretary of Defence',
  'Secretary-General',
  'Secretary General',
  'Foreign Secretary',
  'Home Secretary',
  'Defense Secretary',
  'Defence Secretary',
  'Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Prime Minister',
  'Vice President',
  'Vice-President',
  'President',
  'Chancellor',
  'Premier',
  'Minister',
  'Secretary',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Governor',
  'Gov.',
  'Lt. Gen.',
  'Maj. Gen.',
  'General',
  'Gen.',
  'Admiral',
  'Adm.',
  'Colonel',
  'Col.',
  'Ambassador',
  'Mayor',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Judge',
  'Justice',
  'Chairman',
  'Chairwoman',
  'Commissioner',
  'Director',
  'Speaker',
  'Spokesman',
  'Spokeswoman'
]
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A capitalised title, longest alternatives first. */
export const TITLE = `(?:${[...TITLE_LIST]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`
/** Optional qualifier before a title: "German", "U.S.", "former", "Deputy". */
export const TITLE_QUALIFIER = String.raw`(?:(?:[Ff]ormer|[Dd]eputy|[Aa]cting|[Ii]nterim|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i|ic)|U\.S\.|U\.K\.|U\.N\.|E\.U\.|EU|NATO|Swiss|Greek|Thai)\s+)`

/** Nouns that head a role description ("top spokesman", "former official"). */
export const ROLE_NOUNS = new Set(
  (
    'leader chief head director secretary minister president vice-president chancellor premier ' +
    'spokesman spokeswoman spokesperson official officer aide adviser advisor envoy ambassador ' +
    'diplomat negotiator analyst expert professor scholar researcher fellow economist historian ' +
    'scientist strategist commander general admiral colonel governor mayor senator lawmaker ' +
    'representative legislator chairman chairwoman chair member founder executive ceo manager ' +
    'editor correspondent journalist reporter author lawyer attorney judge prosecutor activist ' +
    'candidate deputy commissioner administrator coordinator specialist politician owner partner ' +
    'veteran resident witness consultant student teacher doctor physician pilot soldier'
  ).split(/\s+/)
)

/** Speech and reporting verbs (any tense listed). */
const SPEECH_VERB_LIST = (
  'said says told tells added adds replied replies stated states argued argues warned warns ' +
  'noted notes emphasized emphasizes emphasised emphasises insisted insists explained explains ' +
  'asked asks claimed claims declared declares acknowledged acknowledges admitted admits wrote ' +
  'writes stressed stresses answered answers responded responds cautioned cautions suggested ' +
  'suggests contended contends maintained maintains conceded concedes predicted predicts ' +
  'remarked remarks commented comments observed observes announced announces confirmed confirms ' +
  'denied denies recalled recalls continued continues testified testifies tweeted tweets posted ' +
  'urged urges highlighted highlights pledged pledges vowed vows reiterated reiterates underscored ' +
  'underscores assured assures accused accuses condemned condemns criticized criticizes criticised ' +
  'criticises revealed reveals described describes praised praises reported reports demanded demands ' +
  'appealed promised promises blamed blames hailed hails lamented laments complained complains alleged ' +
  'alleges affirmed affirms reaffirmed reaffirms expressed expresses thanked deplored deplores decried ' +
  'mentioned mentions referred clarified disclosed asserted asserts countered retorted quipped recounted ' +
  'boasted'
).split(/\s+/)
/** Speech verbs that are speech only in some uses: "called on/for/“…”" (not "called him"), "pointed out". */
const CONDITIONAL_SPEECH_VERB_LIST = ['called', 'calls', String.raw`pointed\s+out`, String.raw`points\s+out`]
export const SPEECH_VERB = `(?:${[...SPEECH_VERB_LIST, ...CONDITIONAL_SPEECH_VERB_LIST].join('|')})`

/** Adverbs / auxiliaries that may sit between a speaker and the speech verb. */
export const VERB_FILLER = String.raw`(?:(?:also|later|then|again|previously|recently|once|has|have|had|would|will|repeatedly|publicly|privately|separately|simply|only|flatly|bluntly|reportedly|earlier|firmly|bluntly|has\s+long|had\s+already)\s+)*`

/** Nouns for unnamed sources: "a senior administration official". */
export const SOURCE_NOUN = String.raw`(?:official|spokesperson|spokesman|spokeswoman|source|aide|diplomat|officer|adviser|advisor|negotiator|analyst|lawmaker|person|representative|commander|minister|insider)`

export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}-]/gu, '')
  return ROLE_NOUNS.has(w) || (w.includes('-') && w.split('-').some((part) => ROLE_NOUNS.has(part)))
}

export function stripArticle(phrase: string): string {
  return phrase.replace(/^(?:the|a|an)\s+/i, '').trim()
}

export function escapeRegExp(s: string): string {
  return escape(s)
}
