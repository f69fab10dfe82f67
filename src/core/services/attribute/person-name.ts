/**
 * Personal names as Dossier compares them: one rule for "is this the same person?" shared by transcript labels,
 * prose attribution and matching against the workspace's speakers.
 */

const HONORIFIC_WORDS = new Set(
  'mr mrs ms miss mx dr prof sir dame lord lady baroness baron madam mme hon rt rev'.split(' ')
)
const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v'])
/** Common English short forms of first names, both ways: "Joe Biden" is "Joseph Biden". */
const NICKNAMES: Record<string, string> = {
  joe: 'joseph',
  tony: 'antony',
  anthony: 'antony',
  bill: 'william',
  will: 'william',
  bob: 'robert',
  rob: 'robert',
  mike: 'michael',
  jim: 'james',
  jimmy: 'james',
  tom: 'thomas',
  dick: 'richard',
  rick: 'richard',
  jake: 'jacob',
  dan: 'daniel',
  dave: 'david',
  chris: 'christopher',
  matt: 'matthew',
  pat: 'patrick',
  steve: 'steven',
  stephen: 'steven',
  ted: 'edward',
  ed: 'edward',
  liz: 'elizabeth',
  beth: 'elizabeth',
  kate: 'katherine',
  catherine: 'katherine',
  sam: 'samuel',
  ben: 'benjamin',
  nick: 'nicholas',
  alex: 'alexander',
  andy: 'andrew',
  chuck: 'charles',
  charlie: 'charles',
  vlad: 'vladimir'
}

/** The words of a name that identify the person: no honorifics, initials, suffixes or punctuation; lowercase, no accents. */
export function personWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w !== '' && !HONORIFIC_WORDS.has(w) && !SUFFIX_WORDS.has(w) && !/^\p{L}$/u.test(w))
}

/**
 * A spelling-insensitive form of one name word, folding transliteration variants: Zelenskyy, Zelensky and
 * Zelenskiy; Yevgeny and Evgeny; doubled letters; apostrophes and hyphens.
 */
export function nameSkeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/['-]/g, '')
    .replace(/(?:yy|iy|ii|yi|ij)$/u, 'y')
    .replace(/^ye/u, 'e')
    .replace(/(\p{L})\1/gu, '$1')
}

function firstNameKey(word: string): string {
  return nameSkeleton(NICKNAMES[word] ?? word)
}

/** The surname's skeleton, or null for a name without words. */
export function surnameKey(name: string): string | null {
  const words = personWords(name)
  return words.length ? nameSkeleton(words.at(-1)!) : null
}

/**
 * Whether two names can be the same person: the same surname (spelling variants folded) and no conflicting first
 * name ("Kirby" and "John Kirby" can; "Joe Biden" and "Joseph R. Biden Jr." can; "Jill Biden" and "Joe Biden"
 * cannot). Names of one word compare whole.
 */
export function couldBeSamePerson(a: string, b: string): boolean {
  const x = personWords(a)
  const y = personWords(b)
  if (x.length === 0 || y.length === 0) return false
  if (nameSkeleton(x.at(-1)!) !== nameSkeleton(y.at(-1)!)) return false
  if (x.length === 1 || y.length === 1) return true
  return firstNameKey(x[0]!) === firstNameKey(y[0]!)
}

/** Whether `name` carries a first name as well as a surname. */
export function hasFirstName(name: string): boolean {
  return personWords(name).length >= 2
}

/**
 * Title case for a name written in capitals ("DIAZ-BALART" → "Diaz-Balart", "MCCAUL" → "McCaul" (not Mac: "MACRON"),
 * "O'BRIEN" → "O'Brien"); a name with lowercase letters is kept as written.
 */
export function titleCaseName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/(?<![\p{L}])Mc(\p{Ll})(?=\p{Ll})/gu, (_, ch: string) => `Mc${ch.toUpperCase()}`)
    .replace(/\b(Iii|Ii|Iv)\b/g, (s) => s.toUpperCase())
}
