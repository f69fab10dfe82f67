import { Statement } from '../../../../shared/domain'
import { findParagraphs, segmentText, type TextRange } from '../../segment/segment-text'
import { count } from '../limits'

/** The longest statement a document may hold (the domain's limit on `Statement.text`). */
export const MAX_STATEMENT = Statement.shape.text.maxLength ?? 100_000

/**
 * Throws `fail("has a sentence of 1,899,999 characters; the limit is 100,000 …")` when a sentence is longer
 * than a statement may be, so the import is refused naming the file (not the document file it would have
 * been saved to). `sentences` defaults to a segmentation of `text`, done only when a paragraph is long enough
 * to hold such a sentence.
 */
export function checkSentenceLengths(
  text: string,
  bodyStart: number,
  fail: (predicate: string) => Error,
  sentences?: readonly TextRange[]
): void {
  const longest = (ranges: readonly TextRange[]): number =>
    ranges.reduce((max, r) => Math.max(max, r.end - r.start), 0)
  if (!sentences) {
    if (longest(findParagraphs(text, bodyStart)) <= MAX_STATEMENT) return
    sentences = segmentText(text, { from: bodyStart }).sentences
  }
  const length = longest(sentences)
  if (length > MAX_STATEMENT)
    throw fail(
      `has a sentence of ${count(length)} characters; the limit is ${count(MAX_STATEMENT)} (add sentence breaks or split the file)`
    )
}
