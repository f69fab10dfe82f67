import { Statement } from '../../../../shared/domain'
import type { TextRange } from '../../segment/segment-text'
import { count } from '../limits'

/** The longest statement a document may hold (the domain's limit on `Statement.text`). */
export const MAX_STATEMENT = Statement.shape.text.maxLength ?? 100_000

/**
 * Throws `fail("has a sentence of 1,900,000 characters; the limit is 100,000 …")` when one of `sentences` is
 * longer than a statement may be, so that the import is refused naming the file, not the document file it
 * would have failed to be saved as.
 */
export function checkSentenceLengths(
  sentences: readonly TextRange[],
  fail: (predicate: string) => Error
): void {
  const longest = sentences.reduce((max, r) => Math.max(max, r.end - r.start), 0)
  if (longest > MAX_STATEMENT)
    throw fail(
      `has a sentence of ${count(longest)} characters; the limit is ${count(MAX_STATEMENT)} (add sentence breaks or split the file)`
    )
}
