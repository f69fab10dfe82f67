import type { Theme } from '../../../../shared/domain'
import { useQuery } from '../../api'
import { select, useAppState } from '../../app/app-state'
import { statementsInRangeOf } from './statements-of-annotation'
import { AnnotationCard } from './annotation-card'
import { InspectorHeading } from './inspector-heading'
import { Section } from './statement-inspector'

/** A selected highlight: its quote, themes and note, and the statements it lies in. */
export function AnnotationInspector({
  id,
  themes,
  readOnly
}: {
  id: string
  themes: Theme[]
  readOnly: boolean
}) {
  const documentId = useAppState((s) => s.documentId)
  const view = useQuery('documents.get', documentId ? { id: documentId } : null)
  const annotation = view.data?.annotations.find((a) => a.id === id)
  if (!annotation) {
    if (view.loading || !view.data) return <div className="inspector__loading" aria-busy="true" />
    return <p className="inspector__muted inspector__pad">This highlight no longer exists.</p>
  }
  const statements = statementsInRangeOf(view.data?.statements ?? [], annotation)
  return (
    <div className="inspector__body">
      <InspectorHeading id={id} kind="Highlight" />
      <AnnotationCard annotation={annotation} themes={themes} readOnly={readOnly} />
      {statements.length > 0 && (
        <Section title={statements.length === 1 ? 'In statement' : 'In statements'}>
          <ul className="cited-list">
            {statements.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="cited-list__item"
                  onClick={() => select({ kind: 'statement', id: s.id })}
                >
                  {s.text}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  )
}
