/*
 * The core answers a query of several words with the results that contain every word (exactly, as a prefix, or
 * with a typo), or, when none does, with those containing any of them. These tell which of the two a list of hits
 * is, from the words each hit matched, so the palette can say so.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu
const MARKS = /\p{M}+/gu
/** The core reads at most this many words of a query. */
const MAX_WORDS = 12

function normalize(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(MARKS, '')
}

/** The distinct words of a query, lower case and without accents, as the search index reads them. */
export function queryWords(q: string): string[] {
  return [...new Set([...q.matchAll(WORD)].map((m) => normalize(m[0])))].slice(0, MAX_WORDS)
}

/** Edits (insert, delete, substitute, swap neighbours) from a to b, or `max + 1` once past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length]!
}

/** Whether a matched term stands for a query word: the word itself, a word it begins, or a near miss. */
function termMatches(term: string, word: string): boolean {
  if (term.startsWith(word)) return true
  if (word.length < 4) return false
  const max = Math.min(2, Math.round(word.length * 0.15))
  return editDistance(word, term, max) <= max
}

/** True when the hit's matched terms cover every query word. */
export function hasEveryWord(terms: readonly string[], words: readonly string[]): boolean {
  const normalized = terms.map(normalize)
  return words.every((w) => normalized.some((t) => termMatches(t, w)))
}

/**
 * For a query of several words: 'all' when the results contain every word, 'some' when none does and the results
 * contain only some of them; null for a single word or no results.
 */
export function wordCoverage(
  q: string,
  hits: readonly { terms: readonly string[] }[]
): 'all' | 'some' | null {
  const words = queryWords(q)
  if (words.length < 2 || hits.length === 0) return null
  return hits.some((h) => hasEveryWord(h.terms, words)) ? 'all' : 'some'
}
