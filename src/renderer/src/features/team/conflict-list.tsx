import { useQuery } from '../../api'
import { openStatement } from '../../app/app-state'
import { conflictActions, conflictText } from './conflict-text'
import { resolveConflict } from './resolve-conflict'

/** Team settings' list of what sync could not merge silently, each with its actions; nothing when there is none. */
export function ConflictList({ readOnly, onShow }: { readOnly: boolean; onShow(): void }) {
  const conflicts = useQuery('sync.conflicts', {}).data ?? []
  if (conflicts.length === 0) return null
  return (
    <section className="sync-conflicts" aria-labelledby="sync-conflicts-title">
      <h3 id="sync-conflicts-title" className="sync-conflicts__title">
        Conflicts ({conflicts.length})
      </h3>
      <ul className="sync-conflicts__list">
        {conflicts.map((c) => (
          <li key={c.id} className="sync-conflict">
            <p className="sync-conflict__text">
              {conflictText(c)}
              {c.kind === 'speaker' && <span className="sync-conflict__where"> — in {c.documentTitle}</span>}
            </p>
            <div className="sync-conflict__actions">
              {c.kind === 'speaker' && (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => {
                    openStatement(c.statementId, c.documentId)
                    onShow()
                  }}
                >
                  Show statement
                </button>
              )}
              {!readOnly &&
                conflictActions(c).map((a) => (
                  <button
                    key={a.action}
                    type="button"
                    className="button button--small"
                    onClick={() => void resolveConflict(c, a.action)}
                  >
                    {a.label}
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
