import { memo } from 'react'
import type { StatementRow } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { chipsOf, type Chip } from './chips-of'
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
  onSelect(index: number): void
  onOpen(index: number): void
}

const MAX_CHIPS = 3

const throughLabel = (quotes: string[]): string =>
  `coded through a highlight: ${quotes.map((q) => `“${q}”`).join(', ')}`

function ThemeChips({ chips, themes }: { chips: Chip[]; themes: Map<string, Theme> }) {
  const shown = chips.slice(0, MAX_CHIPS)
  const names = chips.map((c) => {
    const name = themes.get(c.themeId)?.name ?? c.themeId
    return c.quotes.length > 0 ? `${name} (${throughLabel(c.quotes)})` : name
  })
  return (
    <span className="claims-themes" title={names.join(', ')}>
      {shown.map(({ themeId, quotes }) => {
        const theme = themes.get(themeId)
        const span = quotes.length > 0
        return (
          <span
            key={themeId}
            className={`claims-theme${span ? ' claims-theme--span' : ''}`}
            style={{ ['--chip' as string]: theme?.color ?? 'var(--hl-default)' }}
          >
            <span className="swatch" style={{ ['--swatch' as string]: theme?.color }} aria-hidden="true" />
            <span className="claims-theme__name">{theme?.name ?? themeId}</span>
            {span && <span className="visually-hidden">, {throughLabel(quotes)}</span>}
          </span>
        )
      })}
      {chips.length > MAX_CHIPS && (
        <span className="claims-theme claims-theme--more">+{chips.length - MAX_CHIPS}</span>
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
  onSelect,
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
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(index)}
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
        <ThemeChips chips={chipsOf(row)} themes={lookups.themes} />
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
