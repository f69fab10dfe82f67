import type { Annotation, Theme } from '../../../../shared/domain'
import { run } from '../../api'
import { openAnnotation, select } from '../../app/app-state'
import { notify } from '../../app/toast'
import { createTheme } from '../themes/theme-ops'
import { AnnotationNote } from './annotation-note'
import { ThemeChips } from './theme-chips'

interface AnnotationCardProps {
  annotation: Annotation
  themes: Theme[]
  readOnly: boolean
  /** Inside a statement's inspector the quote is a link to the highlight; on its own it is the heading. */
  nested?: boolean
}

/** A highlight: its quote, themes and note (autosaved), with delete. */
export function AnnotationCard({ annotation: a, themes, readOnly, nested }: AnnotationCardProps) {
  const color = themes.find((t) => t.id === a.themeIds[0])?.color
  const setThemes = (themeIds: string[]) => run('annotations.update', { id: a.id, themeIds })
  return (
    <div
      className={`annotation-card${nested ? ' annotation-card--nested' : ''}`}
      style={{ ['--hl0' as string]: color ?? 'var(--hl-default)' }}
    >
      {nested ? (
        <button
          type="button"
          className="annotation-card__quote"
          title="Show this highlight"
          onClick={() => openAnnotation(a.id, a.documentId)}
        >
          {a.quote.exact}
        </button>
      ) : (
        <blockquote className="annotation-card__quote">{a.quote.exact}</blockquote>
      )}
      <ThemeChips
        ownerId={a.id}
        ownerKind="annotation"
        themeIds={a.themeIds}
        themes={themes}
        readOnly={readOnly}
        onAdd={(t) => void setThemes([...a.themeIds, t.id])}
        onRemove={(t) => void setThemes(a.themeIds.filter((id) => id !== t.id))}
        onCreate={async (name) => {
          const t = await createTheme(name, null, themes)
          if (t) await setThemes([...a.themeIds, t.id])
        }}
      />
      {readOnly && !a.note ? (
        <p className="inspector__muted">No note.</p>
      ) : (
        <AnnotationNote annotation={a} readOnly={readOnly} />
      )}
      {!readOnly && (
        <div className="annotation-card__actions">
          <button
            type="button"
            className="button button--ghost button--small annotation-card__delete"
            onClick={async () => {
              if (!(await run('annotations.delete', { id: a.id }))) return
              notify('Highlight deleted. Undo with Ctrl+Z or ⌘Z.')
              if (!nested) select(null)
            }}
          >
            Delete highlight
          </button>
        </div>
      )}
    </div>
  )
}
