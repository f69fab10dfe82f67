/** A word: letters, digits and combining marks. "U.S." is "u", "s"; "nuclear-armed" is "nuclear", "armed". */
const WORD = /[\p{L}\p{N}\p{M}]+/gu
const MARKS = /\p{M}+/gu
const ASCII = /^[ -~]*$/

/** The index form of a word: lower case, accents folded ("Zelenskyy" and "zélenskyy" are one term). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase()
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '')
}

/** The terms of a text, in order, repeats included. */
export function tokenize(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(WORD)) out.push(normalizeWord(m[0]))
  return out
}

/** The words of `text` (as spelled there, each once) whose index form is in `terms`. */
export function wordsMatching(text: string, terms: ReadonlySet<string>): string[] {
  const found = new Set<string>()
  for (const m of text.matchAll(WORD)) if (terms.has(normalizeWord(m[0]))) found.add(m[0])
  return [...found]
}
