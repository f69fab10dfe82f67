import { HONORIFIC, SPEECH_VERB, VERB_FILLER, escapeRegExp } from './lexicon'

/**
 * Attributes each sentence of prose to a known speaker, only when the sentence
 * carries a speech cue:
 *  (a) a named speaker with a speech verb: "…, Stoltenberg said.",
 *      "Joseph S. Nye, <appositive>, said Tuesday.", "Mr Jones added that …",
 *      "…, said Mr. Jones.", "according to Blinken";
 *  (b) "he said" / "she added" / "he replied:" resolved to the person most
 *      recently named (or quoted) in the preceding sentences of the same or
 *      previous paragraph (the current sentence is the quote, so its own
 *      mentions are not candidates).
 * A sentence that merely mentions someone is not attributed.
 */
export interface KnownSpeaker {
  id: string
  name: string
  aliases: string[]
}

export interface SentenceInput {
  start: number
  end: number
  text: string
  paragraphIndex?: number
}

export interface StatementAttribution {
  speakerId: string | null
  cue: string | null
}

interface Mention {
  id: string
  start: number
  end: number
  text: string
  possessive: boolean
}

const NB = String.raw`(?<![\p{L}\p{N}])`
const NA = String.raw`(?![\p{L}\p{N}])`
const RE_VERB = new RegExp(String.raw`${NB}(?:${SPEECH_VERB}|according\s+to)${NA}`, 'giu')
const RE_PRONOUN_CUE = new RegExp(String.raw`${NB}(?:he|she)\s+${VERB_FILLER}${SPEECH_VERB}${NA}`, 'iu')
/** Between a subject and its verb: optional ", appositive," then adverbs/auxiliaries. */
const RE_SUBJECT_GAP = new RegExp(String.raw`^(\s*,[^,;:]{1,250},)?\s*,?\s*${VERB_FILLER}$`, 'iu')
const RE_FILLER_ONLY = new RegExp(String.raw`^\s*${VERB_FILLER}$`, 'iu')
const RE_INVERTED_GAP = new RegExp(String.raw`^\s+(?:(?:${HONORIFIC})\.?\s+)?$`, 'u')
const PRONOUN_WINDOW_WITHOUT_PARAGRAPHS = 3

function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`)
}

/** Builds a finder of speaker mentions: proper names case-sensitively, unnamed sources ("a senior official") case-insensitively. */
export function mentionFinder(speakers: KnownSpeaker[]): (sentence: string) => Mention[] {
  const owner = new Map<string, string>()
  for (const sp of speakers) {
    for (const alias of [sp.name, ...sp.aliases]) {
      const key = alias.trim()
      if (key && !owner.has(key)) owner.set(key, sp.id)
    }
  }
  const byLength = [...owner.keys()].sort((a, b) => b.length - a.length)
  const build = (aliases: string[], flags: string): RegExp | null =>
    aliases.length ? new RegExp(`${NB}(?:${aliases.map(aliasPattern).join('|')})${NA}`, flags) : null
  const exact = build(
    byLength.filter((a) => !/^\p{Ll}/u.test(a)),
    'gu'
  )
  const lower = build(
    byLength.filter((a) => /^\p{Ll}/u.test(a)),
    'giu'
  )
  const ownerOf = (found: string): string | undefined => {
    const norm = found.replace(/\s+/g, ' ')
    return owner.get(norm) ?? [...owner].find(([a]) => a.toLowerCase() === norm.toLowerCase())?.[1]
  }
  return (sentence) => {
    const out: Mention[] = []
    for (const re of [exact, lower]) {
      if (!re) continue
      for (const m of sentence.matchAll(re)) {
        const start = m.index
        const end = start + m[0].length
        const id = ownerOf(m[0])
        if (!id || out.some((o) => start < o.end && end > o.start)) continue
        const possessive = /^['’]s?(?![\p{L}])/u.test(sentence.slice(end))
        out.push({ id, start, end, text: m[0], possessive })
      }
    }
    return out.sort((a, b) => a.start - b.start)
  }
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/** A named speech cue in one sentence, e.g. "Stoltenberg said". */
function namedCue(sentence: string, mentions: Mention[]): { id: string; cue: string } | null {
  for (const verb of sentence.matchAll(RE_VERB)) {
    const vStart = verb.index
    const vEnd = vStart + verb[0].length
    // Subject before the verb, nearest first.
    const before = mentions.filter((m) => m.end <= vStart && !m.possessive).reverse()
    for (const m of before) {
      const gap = RE_SUBJECT_GAP.exec(sentence.slice(m.end, vStart))
      if (!gap) continue
      const bareComma = !gap[1] && !RE_FILLER_ONLY.test(sentence.slice(m.end, vStart))
      // "Name, said" only when the name is itself set off ("the spokesman, Dmitry Peskov, said").
      if (bareComma && !/(?:^|[,;:(])\s*$/.test(sentence.slice(0, m.start))) continue
      const filler = squeeze(
        sentence
          .slice(m.end, vStart)
          .replace(gap[1] ?? '', '')
          .replace(/,/g, '')
      )
      const cue = squeeze(`${m.text}${gap[1] ? ', …,' : ''} ${filler} ${verb[0]}`)
      return { id: m.id, cue }
    }
    // Inverted: "…, said Mr. Jones." / "according to Blinken".
    const isAccording = /^according/i.test(verb[0])
    if (!isAccording && !/,\s*$/.test(sentence.slice(0, vStart))) continue
    const after = mentions.find((m) => m.start >= vEnd && !m.possessive)
    if (!after || !RE_INVERTED_GAP.test(sentence.slice(vEnd, after.start) || ' ')) continue
    if (!isAccording && !/^\s*(?:[,.;:!?)]|$)/.test(sentence.slice(after.end))) continue
    return { id: after.id, cue: squeeze(sentence.slice(vStart, after.end)) }
  }
  return null
}

export function attributeStatements(
  text: string,
  sentences: SentenceInput[],
  speakers: KnownSpeaker[]
): StatementAttribution[] {
  void text // offsets are sentence-relative; the text is kept for API symmetry
  const find = mentionFinder(speakers)
  const names = new Map(speakers.map((s) => [s.id, s.name]))
  const mentions = sentences.map((s) => find(s.text))
  const result: StatementAttribution[] = []

  sentences.forEach((s, i) => {
    const named = namedCue(s.text, mentions[i] ?? [])
    if (named) {
      result.push({ speakerId: named.id, cue: named.cue })
      return
    }
    const pronoun = RE_PRONOUN_CUE.exec(s.text)
    if (pronoun) {
      const id = recentSpeaker(sentences, mentions, result, i)
      if (id) {
        result.push({ speakerId: id, cue: `${squeeze(pronoun[0])} (→ ${names.get(id) ?? id})` })
        return
      }
    }
    result.push({ speakerId: null, cue: null })
  })
  return result
}

/** The person most recently quoted or named before sentence `i`, within the window. */
function recentSpeaker(
  sentences: SentenceInput[],
  mentions: Mention[][],
  done: StatementAttribution[],
  i: number
): string | null {
  const current = sentences[i]
  for (let j = i - 1; j >= 0; j--) {
    const prev = sentences[j]
    if (!prev || !current) break
    const inWindow =
      current.paragraphIndex !== undefined && prev.paragraphIndex !== undefined
        ? current.paragraphIndex - prev.paragraphIndex <= 1
        : i - j <= PRONOUN_WINDOW_WITHOUT_PARAGRAPHS
    if (!inWindow) break
    const quoted = done[j]?.speakerId
    if (quoted) return quoted
    const last = mentions[j]?.at(-1)
    if (last) return last.id
  }
  return null
}
