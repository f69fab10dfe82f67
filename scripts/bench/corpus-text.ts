import { readFileSync } from 'node:fs'
import type { Prng } from './prng'

export const SEED_ARTICLE = new URL('../../resources/seed/article.txt', import.meta.url)

/**
 * The seed article's words with their frequencies (a word appears as often as it does there), so generated
 * text has the article's vocabulary and its Zipf-like shape. Capitalised only where the article never writes
 * the word in lower case (names, places).
 */
export function seedVocabulary(path: URL = SEED_ARTICLE): string[] {
  const tokens = readFileSync(path, 'utf8')
    .replace(/^\s*date\s+\S+\s*/, '')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0 && /\p{L}/u.test(w))
  const lower = new Set(tokens.filter((w) => w === w.toLowerCase()))
  return tokens.map((w) => (lower.has(w.toLowerCase()) ? w.toLowerCase() : w))
}

export interface Sentence {
  text: string
  /** The speaker it is attributed to, by index into the document's cast, or null. */
  speaker: number | null
}

/** News-like sentence lengths: log-normal, median about 19 words, from 4 to 80. */
export function sentenceLength(rng: Prng): number {
  return Math.max(4, Math.min(80, Math.round(Math.exp(2.95 + 0.45 * rng.normal()))))
}

export function makeSentence(
  rng: Prng,
  vocabulary: readonly string[],
  speaker: { index: number; surname: string } | null
): Sentence {
  const n = sentenceLength(rng)
  const words: string[] = []
  for (let i = 0; i < n; i++) {
    let w = rng.pick(vocabulary)
    if (i > 0 && i < n - 1 && rng.chance(0.05)) w += ','
    words.push(w)
  }
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1)
  let text = words.join(' ').replace(/,$/, '')
  if (speaker) text += rng.chance(0.5) ? `, ${speaker.surname} said.` : `, according to ${speaker.surname}.`
  else text += rng.chance(0.05) ? '?' : '.'
  return { text, speaker: speaker?.index ?? null }
}

export interface GeneratedText {
  text: string
  paragraphs: { start: number; end: number }[]
  /** Exact offsets of each sentence in `text`, with its paragraph. */
  sentences: { start: number; end: number; paragraphIndex: number; speaker: number | null }[]
}

/**
 * A document of `count` sentences in paragraphs of one to five, paragraphs separated by a blank line,
 * about `attributed` of the sentences attributed to one of `cast`.
 */
export function makeText(
  rng: Prng,
  vocabulary: readonly string[],
  count: number,
  cast: readonly string[],
  attributed = 0.45
): GeneratedText {
  let text = ''
  const paragraphs: GeneratedText['paragraphs'] = []
  const sentences: GeneratedText['sentences'] = []
  while (sentences.length < count) {
    const inParagraph = Math.min(count - sentences.length, rng.int(1, 5))
    if (paragraphs.length > 0) text += '\n\n'
    const pStart = text.length
    for (let i = 0; i < inParagraph; i++) {
      if (i > 0) text += ' '
      const who = cast.length > 0 && rng.chance(attributed) ? rng.int(0, cast.length - 1) : null
      const s = makeSentence(rng, vocabulary, who === null ? null : { index: who, surname: cast[who]! })
      sentences.push({
        start: text.length,
        end: text.length + s.text.length,
        paragraphIndex: paragraphs.length,
        speaker: s.speaker
      })
      text += s.text
    }
    paragraphs.push({ start: pStart, end: text.length })
  }
  return { text, paragraphs, sentences }
}

/** A title of four to nine words from the vocabulary. */
export function makeTitle(rng: Prng, vocabulary: readonly string[]): string {
  const words = Array.from({ length: rng.int(4, 9) }, () => rng.pick(vocabulary))
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ')
}

/** Word spans of `text` (start, end offsets), for word-aligned highlights. */
export function wordSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length
  }))
}
