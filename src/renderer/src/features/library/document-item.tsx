import { memo } from 'react'
import type { DocumentSummary } from '../../../../shared/api'
import { openDocument } from '../../app/app-state'
import { plural } from '../themes/plural'
import { formatDate } from './format-date'

interface Props {
  document: DocumentSummary
  current: boolean
}

/** Whether an item would render the same: documents are fresh objects after every reload of the list. */
export function sameDocumentItem(a: Props, b: Props): boolean {
  const x = a.document
  const y = b.document
  return (
    a.current === b.current &&
    x.id === y.id &&
    x.title === y.title &&
    x.publishedAt === y.publishedAt &&
    x.source.publisher === y.source.publisher &&
    x.source.fileName === y.source.fileName &&
    x.statementCount === y.statementCount &&
    x.annotationCount === y.annotationCount
  )
}

/** One source in the library: title, date and origin, with statement and highlight counts. Click to read. */
export const DocumentItem = memo(function DocumentItem({ document: d, current }: Props) {
  const origin = d.source.publisher ?? d.source.fileName ?? ''
  const date = formatDate(d.publishedAt)
  return (
    <li>
      <button
        type="button"
        className="doc-item"
        aria-current={current ? 'page' : undefined}
        onClick={() => openDocument(d.id)}
      >
        <span className="doc-item__title">{d.title}</span>
        <span className="doc-item__meta">{[date, origin].filter(Boolean).join(' · ') || 'Undated'}</span>
        <span className="doc-item__counts">
          {plural(d.statementCount, 'statement')}
          {d.annotationCount > 0 && <> · {plural(d.annotationCount, 'highlight')}</>}
        </span>
      </button>
    </li>
  )
}, sameDocumentItem)
