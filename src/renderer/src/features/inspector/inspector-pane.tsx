import { useQuery } from '../../api'
import { useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'
import { formatShortcut } from '../shortcuts/match-shortcut'
import { AnnotationInspector } from './annotation-inspector'
import { StatementInspector } from './statement-inspector'
import './inspector.css'

/** The right pane: details of the selected statement or highlight. */
export function InspectorPane({ readOnly }: { readOnly: boolean }) {
  const selection = useAppState((s) => s.selection)
  const themes = useQuery('themes.list', {})
  const speakers = useQuery('speakers.list', {})

  return (
    <aside className="inspector" aria-label="Inspector">
      {!selection ? (
        <EmptyState compact title="Nothing selected">
          <p>
            Click a statement in the reader (or step through them with <kbd>J</kbd> and <kbd>K</kbd>) to see
            its speaker, themes, notes and cross-references here.
          </p>
          <p>Click a highlight to edit its note.</p>
          <p>
            Hide this pane with{' '}
            {formatShortcut('mod+.').map((k) => (
              <kbd key={k}>{k}</kbd>
            ))}{' '}
            or the inspector button in the top bar.
          </p>
        </EmptyState>
      ) : selection.kind === 'statement' ? (
        <StatementInspector
          key={selection.id}
          id={selection.id}
          themes={themes.data ?? []}
          speakers={speakers.data ?? []}
          readOnly={readOnly}
        />
      ) : (
        <AnnotationInspector
          key={selection.id}
          id={selection.id}
          themes={themes.data ?? []}
          readOnly={readOnly}
        />
      )}
    </aside>
  )
}
