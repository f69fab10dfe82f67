import type { ProseText } from './read-prose'

interface Attribution {
  speakerId: string | null
  cue: string | null
}

/**
 * Gives quotations' speakers to the sentences that only quote: every sentence a quotation spans gets the speaker
 * of the one that carries its cue ('"Thank you very much, Mr. President. This is a significant moment…," he
 * said.'), and a sentence that is all quotation takes the speaker of the sentence before it in the paragraph when
 * that one quotes too ('…," he urged. "Give peace a chance.'), or of the last sentence of the paragraph before
 * when it opens its own paragraph and that speaker is a person.
 */
export function carryQuotations(
  prose: ProseText,
  result: Attribution[],
  nameOf: (id: string) => string,
  isPerson: (id: string) => boolean
): Attribution[] {
  const out = result.map((r) => ({ ...r }))
  const sentences = prose.sentences
  const own = result.map((r) => r.speakerId !== null)
  const quotes = prose.quotes
  // Sentences that a quotation spans, with the one that carries the quotation's cue.
  let q = 0
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    while (q < quotes.length && quotes[q]!.end <= s.start) q++
    let k = q
    while (k < quotes.length && quotes[k]!.start < s.end && quotes[k]!.end <= s.end) k++
    const quote = quotes[k]
    if (!quote || quote.start >= s.end) continue
    let last = i
    while (last + 1 < sentences.length && sentences[last + 1]!.start < quote.end) last++
    if (last === i) continue
    const group = Array.from({ length: last - i + 1 }, (_, k) => i + k)
    const carrier = [last, i].find((k) => own[k])
    if (carrier === undefined) continue
    const from = out[carrier]!
    for (const k of group)
      if (!own[k] && (sentences[k]!.quoted || sentences[k]!.continuesQuote))
        out[k] = { speakerId: from.speakerId, cue: `quotation (${from.cue})` }
  }
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    if (out[i]!.speakerId || !s.quoted) continue
    const prev = sentences[i - 1]
    const before = out[i - 1]
    if (!prev || !before?.speakerId) continue
    const sameParagraph = prev.paragraphIndex !== undefined && prev.paragraphIndex === s.paragraphIndex
    const quotesToo = prev.quoted || prev.continuesQuote || /["“”]/.test(prev.masked)
    const nextParagraph =
      prev.paragraphIndex !== undefined &&
      s.paragraphIndex === prev.paragraphIndex + 1 &&
      isPerson(before.speakerId)
    if ((sameParagraph && quotesToo) || nextParagraph)
      out[i] = { speakerId: before.speakerId, cue: `quotation continued (→ ${nameOf(before.speakerId)})` }
  }
  return out
}
