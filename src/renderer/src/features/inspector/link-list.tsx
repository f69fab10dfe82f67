import type { LinkView, StatementRef } from '../../../../shared/api'
import { run } from '../../api'
import { openStatement } from '../../app/app-state'
import { notify } from '../../app/toast'
import { relationLabel } from '../link-picker/relations'

interface LinkListProps {
  linksOut: LinkView[]
  linksIn: LinkView[]
  speakerName(id: string | null): string | null
  readOnly: boolean
}

/** Cross-references from this statement and to it (backlinks), each one click from the other statement. */
export function LinkList({ linksOut, linksIn, speakerName, readOnly }: LinkListProps) {
  const items = [
    ...linksOut.map((link) => ({
      link,
      other: link.to,
      label: relationLabel(link.relation, 'out'),
      dir: 'out' as const
    })),
    ...linksIn.map((link) => ({
      link,
      other: link.from,
      label: relationLabel(link.relation, 'in'),
      dir: 'in' as const
    }))
  ]
  if (items.length === 0) return <p className="inspector__muted">No cross-references yet.</p>
  return (
    <ul className="link-list" aria-label="Cross-references">
      {items.map(({ link, other, label, dir }) => (
        <li key={`${dir}:${link.id}`} className={`link-item link-item--${dir}`}>
          <button
            type="button"
            className="link-item__open"
            onClick={() => openStatement(other.id, other.documentId)}
          >
            <span className={`link-item__relation link-item__relation--${link.relation}`}>{label}</span>
            <span className="link-item__text">{other.text}</span>
            <span className="link-item__source">{source(other, speakerName)}</span>
          </button>
          {link.note && <p className="link-item__note">{link.note}</p>}
          {!readOnly && (
            <button
              type="button"
              className="icon-button link-item__delete"
              aria-label={`Delete the link “${label}” ${truncate(other.text, 40)}`}
              title="Delete this link"
              onClick={async () => {
                if (await run('links.delete', { id: link.id }))
                  notify('Link deleted. Undo with Ctrl+Z or ⌘Z.')
              }}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

function source(ref: StatementRef, speakerName: (id: string | null) => string | null): string {
  const who = speakerName(ref.speakerId)
  return who ? `${who} · ${ref.documentTitle}` : ref.documentTitle
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}
