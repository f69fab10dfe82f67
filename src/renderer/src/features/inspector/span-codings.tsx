import type { StatementCoding } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { themePath } from '../themes/theme-tree'

/** The themes that code a statement through a highlight touching it, each with the highlight's quote. */
export function SpanCodings({ codings, themes }: { codings: StatementCoding[]; themes: Theme[] }) {
  const byId = new Map(themes.map((t) => [t.id, t]))
  const spans = codings.filter((c) => c.how === 'span' && byId.has(c.themeId))
  if (spans.length === 0) return null
  return (
    <div className="span-codings">
      <p className="span-codings__title" id="span-codings-title">
        Through highlights
      </p>
      <ul className="span-codings__list" aria-labelledby="span-codings-title">
        {spans.map((c) => {
          const t = byId.get(c.themeId)!
          return (
            <li key={`${c.annotationId}:${c.themeId}`} className="span-codings__item">
              <span
                className="chip chip--span"
                style={{ ['--chip' as string]: t.color }}
                title={themePath(themes, t.id)}
              >
                <span className="swatch" style={{ ['--swatch' as string]: t.color }} aria-hidden="true" />
                <span className="chip__label">{t.name}</span>
                <span className="visually-hidden">, coded through a highlight:</span>
              </span>
              <q className="span-codings__quote">{c.quote?.trim()}</q>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
