import type { ProseSentence } from './read-prose'
import { institutionName } from './speech-subject'

const OPENERS = /^(?:The|In|At|On|By|For|From|With|But|And|Also|Meanwhile|Separately)$/

/**
 * The institution a bare "the department" / "the ministry" stands for: the nearest capitalised name with that
 * word earlier in the sentence or in the one before ("… the U.S. Department of State, …, the department said").
 */
export function institutionReferent(sentences: ProseSentence[], i: number, phrase: string): string | null {
  const head = phrase.split(/\s+/).at(-1)!.toLowerCase()
  for (let j = i; j >= Math.max(0, i - 1); j--) {
    const s = sentences[j]!
    for (const r of [...s.runs].reverse()) {
      if (r.name) continue
      const words = s.masked.slice(r.start, r.end).split(/\s+/)
      if (!words.some((w) => w.toLowerCase() === head)) continue
      while (words.length > 1 && OPENERS.test(words[0]!)) words.shift()
      if (words.length > 1) return institutionName(words)
    }
  }
  return null
}
