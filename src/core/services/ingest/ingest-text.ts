import { contentHash } from './content-hash'
import { statementTimes, type TimedRange } from './statement-times'
import type { Document, DocumentSource, Speaker, Statement } from '../../../shared/domain'
import type { DocumentBundle } from '../../model/change'
import { newId, nowIso } from '../../model/new-id'
import { attributeDocument } from '../attribute/attribute-document'
import { findSpeakerByName } from '../../../shared/domain/speaker-name'
import { analyzeStructure, type TextAnalysis } from './analyze-text'

export interface IngestInput {
  text: string
  title: string
  publishedAt: string | null
  authors?: string[]
  source?: DocumentSource
  pages?: Document['pages']
  /** Subtitles: each cue's range in the text and its timing; statements get their `time` from them. */
  cues?: TimedRange[]
  /** Where segmentation starts (e.g. after a leading date line); the text itself is kept whole. */
  bodyStart?: number
}

/**
 * The text with what comes before `bodyStart` (a metadata header, a date line) blanked, line breaks kept, so that
 * attribution reads names and conventions from the body alone, at the same offsets.
 */
function withoutHead(text: string, bodyStart: number): string {
  if (bodyStart <= 0) return text
  return text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart)
}

/**
 * Turns a source's text into a document with paragraphs and sentence statements, attributing statements to
 * speakers (reusing known speakers by name or alias, creating the others — only those who get a statement).
 * Header lines (headline, date, time and place lines) are paragraphs without statements. `analysis`, when given,
 * is analyzeText's result for the same text and bodyStart, and spares the segmentation.
 */
export function ingestText(
  input: IngestInput,
  known: Iterable<Speaker>,
  analysis?: TextAnalysis
): { bundle: DocumentBundle; newSpeakers: Speaker[] } {
  const documentId = newId('d')
  const bodyStart = input.bodyStart ?? 0
  if (analysis && (analysis.text !== input.text || analysis.bodyStart !== bodyStart))
    throw new Error('ingestText: the analysis is of another text')
  const a = analysis ?? analyzeStructure(input.text, bodyStart)
  const { paragraphs, sentences } = a.segmentation
  const metadata = new Set(a.header.metadata)
  const knownList = [...known]
  const attribution = attributeDocument(
    withoutHead(input.text, bodyStart),
    sentences.filter((s) => !metadata.has(s.paragraphIndex)),
    paragraphs,
    knownList,
    a.turns,
    { principal: a.header.principal, date: input.publishedAt ?? a.header.date }
  )

  const newSpeakers: Speaker[] = []
  const speakerIdByName = new Map<string, string>()
  const resolve = (name: string): string => {
    const cached = speakerIdByName.get(name)
    if (cached) return cached
    const existing = findSpeakerByName([...knownList, ...newSpeakers], name)
    let id = existing?.id
    if (!id) {
      const candidate = attribution.speakers.find((c) => c.name === name)
      const sp: Speaker = {
        id: newId('sp'),
        name,
        aliases: candidate?.aliases ?? [],
        role: candidate?.role ?? null
      }
      newSpeakers.push(sp)
      id = sp.id
    }
    speakerIdByName.set(name, id)
    return id
  }

  // In a transcript the turn labels are cut out of the statements, so use the attributed sentence list.
  const times = input.cues ? statementTimes(attribution.sentences, input.cues) : []
  const statements: Statement[] = attribution.sentences.map((sen, i) => {
    const a = attribution.assignments[i]
    const speakerId = a?.existingSpeakerId ?? (a?.speakerName ? resolve(a.speakerName) : null)
    return {
      id: `${documentId}.${i + 1}`,
      documentId,
      start: sen.start,
      end: sen.end,
      text: sen.text,
      paragraphIndex: sen.paragraphIndex,
      speakerId,
      attribution: speakerId ? { method: 'auto', cue: a?.cue ?? '' } : { method: 'none' },
      themeIds: [],
      ...(times[i] ? { time: times[i] } : {})
    }
  })
  const document: Document = {
    id: documentId,
    title: input.title,
    source: input.source ?? {},
    publishedAt: input.publishedAt,
    authors: input.authors ?? [],
    importedAt: nowIso(),
    contentHash: contentHash(input.text),
    text: input.text,
    paragraphs: paragraphs.map((p) => ({ start: p.start, end: p.end })),
    ...(input.pages ? { pages: input.pages } : {})
  }
  return { bundle: { document, statements, annotations: [] }, newSpeakers }
}
