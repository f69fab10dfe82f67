import { memo, useState } from 'react'
import type { DocumentSummary } from '../../../../shared/api'
import { openDocument } from '../../app/app-state'
import { plural } from '../themes/plural'
import { DeleteDocumentDialog, DocumentDetailsDialog } from './document-dialogs'
import { formatDate } from './format-date'
import { RowMenu, useRowMenu } from './row-menu'

interface Props {
  document: DocumentSummary
  current: boolean
  /** A read-only workspace offers no actions. */
  readOnly?: boolean
}

/** Whether an item would render the same: documents are fresh objects after every reload of the list. */
export function sameDocumentItem(a: Props, b: Props): boolean {
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

/**
 * One source in the library: title, date and origin, with statement and highlight counts. Click to read; its
 * actions menu edits its details or deletes it.
 */
export const DocumentItem = memo(function DocumentItem({ document: d, current, readOnly = false }: Props) {
  const origin = d.source.publisher ?? d.source.fileName ?? ''
  const date = formatDate(d.publishedAt)
  const menu = useRowMenu()
  const [dialog, setDialog] = useState<'details' | 'delete' | null>(null)
  const close = () => setDialog(null)
  return (
    <li className="row-menu">
      <button
        type="button"
        className="doc-item"
        aria-current={current ? 'page' : undefined}
        onClick={() => openDocument(d.id)}
        {...(readOnly ? {} : menu.openers)}
      >
        <span className="doc-item__title">{d.title}</span>
        <span className="doc-item__meta">{[date, origin].filter(Boolean).join(' · ') || 'Undated'}</span>
        <span className="doc-item__counts">
          {plural(d.statementCount, 'statement')}
          {d.annotationCount > 0 && <> · {plural(d.annotationCount, 'highlight')}</>}
        </span>
      </button>
      {!readOnly && (
        <RowMenu
          menu={menu}
          label={`Actions for “${d.title}”`}
          items={[
            { label: 'Open', onSelect: () => openDocument(d.id) },
            { label: 'Edit details…', separatorBefore: true, onSelect: () => setDialog('details') },
            { label: 'Delete…', danger: true, separatorBefore: true, onSelect: () => setDialog('delete') }
          ]}
        />
      )}
      {dialog === 'details' && <DocumentDetailsDialog document={d} onClose={close} />}
      {dialog === 'delete' && <DeleteDocumentDialog document={d} onClose={close} />}
    </li>
  )
}, sameDocumentItem)
