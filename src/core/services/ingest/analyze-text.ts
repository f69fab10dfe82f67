import { detectTurns, type Turn } from '../attribute/transcript/detect-turns'
import { structuralTurns } from '../attribute/transcript/structural-turns'
import { throwIfAborted } from '../import/throw-if-aborted'
import {
  joinIndentedRuns,
  splitAtIndents,
  splitListItems,
  splitParagraphsAt
} from '../segment/refine-paragraphs'
import { findParagraphs, segmentParagraphs, type Segmentation } from '../segment/segment-text'
import type { ImportedSource } from '../import/imported-source'
import { readHeader, type TextHeader } from './read-header'

/** A text's structure: paragraphs and sentences, speaker turns if it is a transcript, its header. */
export interface TextStructure {
  text: string
  bodyStart: number
  segmentation: Segmentation
  /** null for prose. */
  turns: Turn[] | null
  header: TextHeader
}

/** The state-free half of ingesting a text, done before the workspace is touched (see ingestText). */
export type TextAnalysis = TextStructure

/** How analyzeText reports: cancellation and progress (characters done of the total). */
export interface AnalyzeSteps {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

/**
 * Paragraphs (blank lines, single lines, or first-line indents), then speaker turns (those the file marks, else
 * those its labels show), each turn starting a paragraph of its own, the header, and the sentences.
 */
export function analyzeStructure(
  text: string,
  bodyStart = 0,
  marked: ImportedSource['turns'] = undefined
): TextStructure {
  let paragraphs = splitListItems(
    text,
    splitAtIndents(text, joinIndentedRuns(text, findParagraphs(text, bodyStart)))
  )
  const turns = marked?.length ? structuralTurns(text, marked) : detectTurns(text, paragraphs)
  if (turns) {
    const cuts = turns.flatMap((t) => (t.label.alone ? [t.start, t.labelEnd] : [t.start]))
    paragraphs = splitParagraphsAt(text, paragraphs, cuts)
  }
  const header = readHeader(text, paragraphs, turns?.[0]?.start ?? null)
  return {
    text,
    bodyStart,
    segmentation: { paragraphs, sentences: segmentParagraphs(text, paragraphs) },
    turns,
    header
  }
}

/** analyzeStructure, honouring `signal` and reporting progress (prose attribution needs no NLP tagger). */
export async function analyzeText(
  text: string,
  bodyStart: number,
  steps: AnalyzeSteps = {},
  marked: ImportedSource['turns'] = undefined
): Promise<TextAnalysis> {
  throwIfAborted(steps.signal)
  const structure = analyzeStructure(text, bodyStart, marked)
  steps.onProgress?.(text.length, text.length)
  return structure
}
