/**
 * How the evaluation decides that a speaker Dossier named is the person a label names. Deliberately separate from
 * the product's own name matching, so a bug there cannot flatter the score.
 *
 * - Names compare without case, accents, honorifics, initials, suffixes (Jr., III) and a trailing parenthetical
 *   ("Moderator (unnamed)" is "Moderator").
 * - The same surname (last word, spelling variants of transliteration folded: Zelenskyy = Zelensky) and no
 *   conflicting first name (short forms folded: Joe = Joseph): "Kirby" and "John Kirby" are one person; "Jill
 *   Biden" and "Joe Biden" are not.
 */
const HONORIFICS = new Set(
  'mr mrs ms miss dr prof sir dame lord lady baroness baron madam mme hon rt'.split(' ')
)
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
/** Short forms of first names: "Joe Biden" is "Joseph Biden". */
const NICKNAMES: Record<string, string> = {
  joe: 'joseph',
  tony: 'antony',
  bill: 'william',
  bob: 'robert',
  mike: 'michael',
  jim: 'james',
  tom: 'thomas',
  dick: 'richard',
  chuck: 'charles',
  matt: 'matthew',
  pat: 'patrick',
  jen: 'jennifer',
  liz: 'elizabeth',
  ted: 'edward'
}

export function nameWords(name: string): string[] {
  return name
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''))
    .filter((w) => w && !HONORIFICS.has(w.replace(/\.$/, '')) && !SUFFIXES.has(w) && !/^\p{L}$/u.test(w))
}

/** Folds common transliteration variants: Zelenskyy/Zelensky/Zelenskiy, Yevgeny/Evgeny, doubled letters. */
export function skeleton(word: string): string {
  return word
    .replace(/(?:yy|iy|ii|yi|ij)$/u, 'y')
    .replace(/^ye/u, 'e')
    .replace(/(\p{L})\1/gu, '$1')
    .replace(/['-]/g, '')
}

export function samePerson(a: string, b: string): boolean {
  const x = nameWords(a)
  const y = nameWords(b)
  if (x.length === 0 || y.length === 0) return false
  if (x.join(' ') === y.join(' ')) return true
  if (skeleton(x.at(-1)!) !== skeleton(y.at(-1)!)) return false
  const first = (w: string) => skeleton(NICKNAMES[w] ?? w)
  const firstX = x.length > 1 ? first(x[0]!) : null
  const firstY = y.length > 1 ? first(y[0]!) : null
  return firstX === null || firstY === null || firstX === firstY
}
