import type { DocumentSummary } from '../../../../shared/api'
import { openDocument, useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'
import { formatDate } from './format-date'
import { ImportButton } from './import-button'
import { plural } from '../themes/plural'

/** The workspace's sources: title, date and origin, with statement and highlight counts. Click to read. */
export function DocumentList({ documents, readOnly }: { documents: DocumentSummary[]; readOnly: boolean }) {
  const current = useAppState((s) => (s.view === 'reader' ? s.documentId : null))
  if (documents.length === 0) {
    return (
      <EmptyState compact title="No documents yet" action={!readOnly && <ImportButton variant="button" />}>
        <p>
          Import an article, report, PDF or Word file. Dossier splits it into statements you can tag, annotate
          and cross-reference.
        </p>
      </EmptyState>
    )
  }
  return (
    <ul className="doc-list" aria-label="Documents">
      {documents.map((d) => {
        const origin = d.source.publisher ?? d.source.fileName ?? ''
        const date = formatDate(d.publishedAt)
        return (
          <li key={d.id}>
            <button
              type="button"
              className="doc-item"
              aria-current={d.id === current ? 'page' : undefined}
              onClick={() => openDocument(d.id)}
            >
              <span className="doc-item__title">{d.title}</span>
              <span className="doc-item__meta">
                {[date, origin].filter(Boolean).join(' · ') || 'Undated'}
              </span>
              <span className="doc-item__counts">
                {plural(d.statementCount, 'statement')}
                {d.annotationCount > 0 && <> · {plural(d.annotationCount, 'highlight')}</>}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
