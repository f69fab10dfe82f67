import { memo } from 'react'
import type { DocumentSummary } from '../../../../shared/api'
import { useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'
import { DocumentItem } from './document-item'
import { ImportDocumentsButton } from './import-documents-button'

/** The workspace's sources, in the order the service lists them. Click one to read it. */
export const DocumentList = memo(function DocumentList({
  documents,
  readOnly
}: {
  documents: DocumentSummary[]
  readOnly: boolean
}) {
  const current = useAppState((s) => (s.view === 'reader' ? s.documentId : null))
  if (documents.length === 0) {
    return (
      <EmptyState
        compact
        title="No documents yet"
        action={!readOnly && <ImportDocumentsButton variant="button" />}
      >
        <p>
          Import an article, report, PDF or Word file. Dossier splits it into statements you can tag, annotate
          and cross-reference.
        </p>
      </EmptyState>
    )
  }
  return (
    <ul className="doc-list" aria-label="Documents">
      {documents.map((d) => (
        <DocumentItem key={d.id} document={d} current={d.id === current} readOnly={readOnly} />
      ))}
    </ul>
  )
})
