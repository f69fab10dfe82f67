import type { ImportedSource } from '../import/imported-source'
import type { TextHeader } from './read-header'

/**
 * A document's title and date from what its file says and what its first lines say (see readHeader): metadata
 * first — except a file's creation date (PDF, Word, OpenDocument), which gives way to a date line in the text.
 */
export function sourceTitleAndDate(
  src: Pick<ImportedSource, 'title' | 'publishedAt' | 'dateIsFileCreation'>,
  header: Pick<TextHeader, 'title' | 'date'>
): { title: string | null; publishedAt: string | null } {
  const publishedAt = src.dateIsFileCreation
    ? (header.date ?? src.publishedAt)
    : (src.publishedAt ?? header.date)
  return { title: src.title ?? header.title, publishedAt }
}
