import type { DocumentSummary } from '../../../../shared/api'

export interface DocumentItemProps {
  document: DocumentSummary
  current: boolean
  /** A read-only workspace offers no actions. */
  readOnly?: boolean
}

/** Whether an item would render the same: documents are fresh objects after every reload of the list. */
export function sameDocumentItem(a: DocumentItemProps, b: DocumentItemProps): boolean {
  const x = a.document
  const y = b.document
  return (
    a.current === b.current &&
    a.readOnly === b.readOnly &&
    x.id === y.id &&
    x.title === y.title &&
    x.publishedAt === y.publishedAt &&
    x.source.publisher === y.source.publisher &&
    x.source.fileName === y.source.fileName &&
    x.statementCount === y.statementCount &&
    x.annotationCount === y.annotationCount &&
    // Not shown, but the details dialog starts from them.
    x.source.url === y.source.url &&
    x.authors.join('\n') === y.authors.join('\n')
  )
}
