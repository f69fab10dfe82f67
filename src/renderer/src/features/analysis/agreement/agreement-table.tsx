import type { KeyboardEvent } from 'react'
import type { AgreementResult, AgreementRow } from '../../../../../shared/api'
import { agreementFlags, flagText, WEAK_ALPHA } from './agreement-flags'

const NAMES = {
  percentAgreement: 'Agreement',
  kappa: 'Cohen’s κ',
  fleissKappa: 'Fleiss’ κ',
  alpha: 'Krippendorff’s α'
} as const
type Statistic = keyof typeof NAMES

function Value({ row, stat }: { row: AgreementRow; stat: Statistic }) {
  const v = row[stat]
  if (v === null) {
    const why = row.undefinedBecause[stat] ?? 'no value'
    return (
      <span title={why}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">no value: {why}</span>
      </span>
    )
  }
  return <>{stat === 'percentAgreement' ? `${v.toFixed(1)} %` : v.toFixed(3)}</>
}

interface Props {
  r: AgreementResult
  selected: string | null
  onSelect: (row: AgreementRow) => void
}

/** One row per theme and an Overall row; a theme's name is a button that opens its disagreements. */
export function AgreementTable({ r, selected, onSelect }: Props) {
  const flags = agreementFlags(r.themes)
  const stats: Statistic[] = [
    'percentAgreement',
    ...(r.coders.length === 2 ? (['kappa'] as const) : []),
    'fleissKappa',
    'alpha'
  ]
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0
    const from = (e.target as HTMLElement).closest<HTMLElement>('[data-row]')
    if (!step || !from) return
    const next = e.currentTarget.querySelector<HTMLElement>(`[data-row="${Number(from.dataset.row) + step}"]`)
    if (next) {
      e.preventDefault()
      next.focus()
    }
  }
  return (
    <div className="agreement-panel__scroll" role="region" aria-label="Agreement by theme" tabIndex={-1}>
      <table className="agreement-table" onKeyDown={onKeyDown}>
        <caption className="agreement-table__caption">
          Agreement between {r.coders.map((c) => c.name).join(', ')} over the statements of the documents two
          or more of them coded. Select a theme to see the statements they disagree on.
        </caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col" className="agreement-table__num">
              Units
            </th>
            {stats.map((s) => (
              <th key={s} scope="col" className="agreement-table__num">
                {NAMES[s]}
              </th>
            ))}
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {r.themes.map((row, i) => {
            const note = flagText(flags[i]!)
            return (
              <tr
                key={row.themeId}
                className={`${flags[i]!.weak ? 'is-weak' : ''}${row.themeId === selected ? ' is-selected' : ''}`}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="agreement-table__theme"
                    data-row={i}
                    aria-pressed={row.themeId === selected}
                    onClick={() => onSelect(row)}
                  >
                    {row.theme}
                  </button>
                </th>
                <td className="agreement-table__num">{row.units.toLocaleString()}</td>
                {stats.map((s) => (
                  <td key={s} className="agreement-table__num">
                    <Value row={row} stat={s} />
                  </td>
                ))}
                <td className="agreement-table__note">{note && <strong>{note}</strong>}</td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{r.overall.theme}</th>
            <td className="agreement-table__num">{r.overall.units.toLocaleString()}</td>
            {stats.map((s) => (
              <td key={s} className="agreement-table__num">
                <Value row={r.overall} stat={s} />
              </td>
            ))}
            <td className="agreement-table__note">
              {r.overall.alpha !== null && r.overall.alpha < WEAK_ALPHA && (
                <strong>weak (α &lt; {WEAK_ALPHA})</strong>
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
