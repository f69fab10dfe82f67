import { memo, useState } from 'react'
import { openDocument } from '../../app/app-state'
import { plural } from '../themes/plural'
import { DeleteDocumentDialog, DocumentDetailsDialog } from './document-dialogs'
import { formatDate } from './format-date'
import { RowMenu, useRowMenu } from './row-menu'
import { sameDocumentItem, type DocumentItemProps as Props } from './same-document-item'

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
