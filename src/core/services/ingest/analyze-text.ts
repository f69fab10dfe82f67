import { detectTranscriptTurns } from '../attribute/attribute-transcript'
import { tagPeopleInSteps, type PeopleTags, type TagSteps } from '../attribute/tag-people'
import { segmentText, type Segmentation } from '../segment/segment-text'

/** The slow, state-free half of ingesting a text, done before the workspace is touched (see ingestText). */
export interface TextAnalysis {
  text: string
  bodyStart: number
  segmentation: Segmentation
  /** null for a transcript: its speakers come from the turn labels, not from the tagger. */
  people: PeopleTags | null
}

/** Segments `text` and runs the NLP tagger over it in steps, reporting progress and honouring `signal`. */
export async function analyzeText(
  text: string,
  bodyStart: number,
  steps: TagSteps = {}
): Promise<TextAnalysis> {
  const segmentation = segmentText(text, { from: bodyStart })
  const transcript = detectTranscriptTurns(text, segmentation.paragraphs) !== null
  const people = transcript ? null : await tagPeopleInSteps(text, steps)
  return { text, bodyStart, segmentation, people }
}
