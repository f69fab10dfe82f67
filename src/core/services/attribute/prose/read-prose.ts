import { nameRuns, type NameRun } from './name-run'
import { allQuoted, maskQuoted, quoteSpans, type Quote, type Span } from './quote-spans'
import { speechCues, type SpeechCue } from './speech-cues'

/** One sentence of prose as the attribution reads it. */
export interface ProseSentence {
  start: number
  end: number
  paragraphIndex: number | undefined
  /** The sentence with quotations blanked and editorial brackets ("[Volodymyr]") read as spaces. */
  masked: string
  /** Capitalised runs of `masked`, sentence-relative. */
  runs: NameRun[]
  cues: SpeechCue[]
  /** Every letter of the sentence is inside a quotation. */
  quoted: boolean
  /** The sentence starts inside a quotation opened before it. */
  continuesQuote: boolean
}

export interface ProseText {
  quotes: Quote[]
  sentences: ProseSentence[]
}

interface SentenceLike {
  start: number
  end: number
  paragraphIndex?: number
}

/** The stretches of consecutive sentences of one paragraph (each sentence alone when paragraphs are unknown). */
function paragraphsOf(sentences: SentenceLike[]): Span[] {
  const out: Span[] = []
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1]
    const last = out.at(-1)
    if (last && prev && s.paragraphIndex !== undefined && s.paragraphIndex === prev.paragraphIndex)
      last.end = s.end
    else out.push({ start: s.start, end: s.end })
  })
  return out
}

/** Reads prose sentences once for both speaker discovery and attribution (see findSpeakers, attributeStatements). */
export function readProse(text: string, sentences: SentenceLike[]): ProseText {
  const scan = text.replace(/[[\]\u00a0]/g, ' ')
  const quotes = quoteSpans(scan, paragraphsOf(sentences))
  const masked = maskQuoted(scan, quotes)
  let q = 0
  const read = sentences.map((s): ProseSentence => {
    while (q < quotes.length && quotes[q]!.end <= s.start) q++
    const m = masked.slice(s.start, s.end)
    const runs = nameRuns(m)
    const lead = s.start + (/^\s*/.exec(text.slice(s.start, s.end))?.[0].length ?? 0)
    return {
      start: s.start,
      end: s.end,
      paragraphIndex: s.paragraphIndex,
      masked: m,
      runs,
      cues: speechCues(m, runs),
      quoted: allQuoted(scan, masked, s.start, s.end),
      continuesQuote: q < quotes.length && quotes[q]!.start < lead && quotes[q]!.end > lead
    }
  })
  return { quotes, sentences: read }
}
