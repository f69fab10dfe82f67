import { memo } from 'react'
import type { StatementRow } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { formatDate } from './claims-columns'

export interface Lookups {
  themes: Map<string, Theme>
  speakers: Map<string, string>
}

interface Props {
  id: string
  index: number
  row: StatementRow | undefined
  active: boolean
  top: number
  height: number
  lookups: Lookups
  onOpen(index: number): void
}

const MAX_CHIPS = 3

function ThemeChips({ ids, themes }: { ids: string[]; themes: Map<string, Theme> }) {
  const shown = ids.slice(0, MAX_CHIPS)
  const names = ids.map((id) => themes.get(id)?.name ?? id)
  return (
    <span className="claims-themes" title={names.join(', ')}>
      {shown.map((id) => {
        const theme = themes.get(id)
        return (
          <span
            key={id}
            className="claims-theme"
            style={{ ['--chip' as string]: theme?.color ?? 'var(--hl-default)' }}
          >
            <span className="swatch" style={{ ['--swatch' as string]: theme?.color }} aria-hidden="true" />
            <span className="claims-theme__name">{theme?.name ?? id}</span>
          </span>
        )
      })}
      {ids.length > MAX_CHIPS && (
        <span className="claims-theme claims-theme--more">+{ids.length - MAX_CHIPS}</span>
      )}
    </span>
  )
}

/** One statement in the claims grid; a placeholder while its page loads. */
export const ClaimsRow = memo(function ClaimsRow({
  id,
  index,
  row,
  active,
  top,
  height,
  lookups,
  onOpen
}: Props) {
  const style = { transform: `translateY(${top}px)`, height }
  if (!row) {
    return (
      <div
        id={id}
        role="row"
        aria-rowindex={index + 2}
        className="claims-row claims-row--loading"
        style={style}
      >
        <div role="gridcell" aria-colindex={1} className="claims-cell">
          <span className="claims-skeleton" />
          <span className="visually-hidden">Loading…</span>
        </div>
      </div>
    )
  }
  const speaker = row.speakerId ? (lookups.speakers.get(row.speakerId) ?? 'Unknown speaker') : ''
  const date = formatDate(row.publishedAt)
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      className={`claims-row${active ? ' is-active' : ''}`}
      style={style}
      onClick={() => onOpen(index)}
    >
      <div
        role="gridcell"
        aria-colindex={1}
        className="claims-cell claims-cell--text claims-cell--wrap"
        title={row.text}
      >
        {row.text}
      </div>
      <div
        role="gridcell"
        aria-colindex={2}
        className={`claims-cell${speaker ? ' claims-cell--wrap' : ' claims-cell--empty'}`}
        title={speaker || undefined}
      >
        {speaker || <span aria-label="No speaker">—</span>}
      </div>
      <div role="gridcell" aria-colindex={3} className="claims-cell">
        <ThemeChips ids={row.themeIds} themes={lookups.themes} />
      </div>
      <div
        role="gridcell"
        aria-colindex={4}
        className="claims-cell claims-cell--wrap"
        title={row.documentTitle}
      >
        {row.documentTitle}
      </div>
      <div role="gridcell" aria-colindex={5} className="claims-cell claims-cell--date">
        {date}
      </div>
      <div role="gridcell" aria-colindex={6} className="claims-cell claims-cell--num">
        {row.linkCount || ''}
      </div>
      <div role="gridcell" aria-colindex={7} className="claims-cell claims-cell--num">
        {row.annotationCount || ''}
      </div>
    </div>
  )
})
