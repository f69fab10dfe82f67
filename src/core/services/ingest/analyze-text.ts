import { detectTurns, type Turn } from '../attribute/transcript/detect-turns'
import { structuralTurns } from '../attribute/transcript/structural-turns'
import { tagPeopleInSteps, type PeopleTags, type TagSteps } from '../attribute/tag-people'
import { joinIndentedRuns, splitAtIndents, splitParagraphsAt } from '../segment/refine-paragraphs'
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

/** The slow, state-free half of ingesting a text, done before the workspace is touched (see ingestText). */
export interface TextAnalysis extends TextStructure {
  /** null for a transcript: its speakers come from the turn labels, not from the tagger. */
  people: PeopleTags | null
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
  let paragraphs = splitAtIndents(text, joinIndentedRuns(text, findParagraphs(text, bodyStart)))
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

/** analyzeStructure, then the NLP tagger over prose in steps, reporting progress and honouring `signal`. */
export async function analyzeText(
  text: string,
  bodyStart: number,
  steps: TagSteps = {},
  marked: ImportedSource['turns'] = undefined
): Promise<TextAnalysis> {
  const structure = analyzeStructure(text, bodyStart, marked)
  const people = structure.turns ? null : await tagPeopleInSteps(text, steps)
  return { ...structure, people }
}
