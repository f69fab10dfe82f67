import { RELATIONS } from '../../../../../shared/domain'
import { RELATION_INFO } from '../../link-picker/relations'
import { RELATION_DASH, relationVar } from '../relation-colors'

const DASH = { solid: undefined, dashed: '6 4', dotted: '2 3' }

/** What each link colour (and line style) means. */
export function GraphLegend() {
  return (
    <ul className="graph-legend" aria-label="Link colours">
      {RELATIONS.map((r) => (
        <li key={r} className="graph-legend__item">
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="27"
              y2="5"
              strokeWidth="2.5"
              style={{ stroke: `var(${relationVar(r)})` }}
              strokeDasharray={DASH[RELATION_DASH[r]]}
            />
          </svg>
          {RELATION_INFO.find((i) => i.relation === r)!.name}
        </li>
      ))}
    </ul>
  )
}
