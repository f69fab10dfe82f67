import type { SpeakerConflict } from '../../../../shared/api'
import { useQuery } from '../../api'
import { conflictActions, speakerConflictText } from '../team/conflict-text'
import { resolveConflict } from '../team/resolve-conflict'
import '../team/team.css'

/** A teammate's concurrent choice of speaker for this statement, with Use / Keep; nothing when there is none. */
export function SpeakerConflictNotice({ statementId, readOnly }: { statementId: string; readOnly: boolean }) {
  const conflict = useQuery('sync.conflicts', {}).data?.find(
    (c): c is SpeakerConflict => c.kind === 'speaker' && c.statementId === statementId
  )
  if (!conflict) return null
  return (
    <div className="sync-conflict sync-conflict--inline" role="group" aria-label="Speaker conflict">
      <p className="sync-conflict__text">{speakerConflictText(conflict)}.</p>
      {!readOnly && (
        <div className="sync-conflict__actions">
          {conflictActions(conflict).map((a) => (
            <button
              key={a.action}
              type="button"
              className="button button--small"
              onClick={() => void resolveConflict(conflict, a.action)}
            >
              {a.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
