import { memo } from 'react'
import type { AnnotationRow } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { formatDate } from '../claims/claims-columns'

interface Props {
  id: string
  row: AnnotationRow
  index: number
  count: number
  active: boolean
  top: number
  height: number
  themes: Map<string, Theme>
  onSelect(index: number): void
  onOpen(index: number): void
}

/** One highlight: its quote, note, themes, speaker, document and date. */
export const HighlightItem = memo(function HighlightItem({
  id,
  row,
  index,
  count,
  active,
  top,
  height,
  themes,
  onSelect,
  onOpen
}: Props) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-posinset={index + 1}
      aria-setsize={count}
      className={`highlight-item${active ? ' is-active' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(index)}
    >
      <p
        className="highlight-item__quote"
        title={row.quote}
        style={{ ['--quote-bar' as string]: themes.get(row.themeIds[0] ?? '')?.color }}
      >
        {row.quote}
      </p>
      {row.note ? (
        <p className="highlight-item__note" title={row.note}>
          {row.note}
        </p>
      ) : null}
      <p className="highlight-item__meta">
        {row.themeIds.length > 0 && (
          <span className="highlight-item__themes">
            {row.themeIds.map((t) => {
              const theme = themes.get(t)
              return (
                <span
                  key={t}
                  className="claims-theme"
                  style={{ ['--chip' as string]: theme?.color ?? 'var(--hl-default)' }}
                >
                  <span
                    className="swatch"
                    style={{ ['--swatch' as string]: theme?.color }}
                    aria-hidden="true"
                  />
                  <span className="claims-theme__name">{theme?.name ?? t}</span>
                </span>
              )
            })}
          </span>
        )}
        <span className="highlight-item__speaker">{row.speakerName ?? 'No speaker'}</span>
        <span className="highlight-item__doc" title={row.documentTitle}>
          {row.documentTitle}
        </span>
        <span className="highlight-item__date">{formatDate(row.updatedAt)}</span>
      </p>
    </div>
  )
})
