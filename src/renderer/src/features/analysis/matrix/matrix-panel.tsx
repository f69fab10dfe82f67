import { useMemo, type KeyboardEvent } from 'react'
import {
  matrixCellFilter,
  type MatrixAxis,
  type MatrixHeader,
  type MatrixResult
} from '../../../../../shared/api'
import { matrixCsv } from '../../../../../shared/analysis/analysis-csv'
import { useQuery } from '../../../api/use-query'
import { drillDown, useAppState } from '../../../app/app-state'
import { EmptyState } from '../../../app/ui/empty-state'
import { saveFile } from '../../import-export/save-file'
import { analysisFilterOf, drillFilter } from '../analysis-filter-of'
import { heatLegend, heatStep } from './heat-scale'
import { matrixSettings, useMatrixSettings, type MatrixSettings } from './matrix-settings'
import './matrix.css'

const AXIS_LABEL: Record<MatrixAxis, string> = {
  themes: 'Themes',
  speakers: 'Speakers',
  documents: 'Documents',
  relation: 'Relations'
}
const ROW_AXES: MatrixAxis[] = ['themes', 'speakers', 'documents']
const COL_AXES: MatrixAxis[] = ['themes', 'speakers', 'documents', 'relation']

/** Rows hidden under a folded theme. */
function visibleRows(rows: MatrixHeader[], folded: ReadonlySet<string>): number[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const hidden = (r: MatrixHeader): boolean => {
    for (let p = r.parentId; p; p = byId.get(p)?.parentId ?? null) if (folded.has(p)) return true
    return false
  }
  return rows.map((r, i) => (hidden(r) ? -1 : i)).filter((i) => i >= 0)
}

/** Statements (or codings) cross-tabulated by themes, speakers, documents or relations; a cell opens its statements. */
export function MatrixPanel() {
  const appFilter = useAppState((s) => s.filter)
  const filter = useMemo(() => analysisFilterOf(appFilter), [appFilter])
  const { rows, cols, count, percent, folded } = useMatrixSettings()
  const set = matrixSettings.setState
  const setCount = (v: MatrixSettings['count']) => set({ count: v })
  const setPercent = (v: boolean) => set({ percent: v })
  const sameAxis = rows === cols && rows !== 'themes'
  const matrix = useQuery('analysis.matrix', sameAxis ? null : { rows, cols, count, filter })
  const m = matrix.data

  const other = (v: MatrixAxis): MatrixAxis => (v === 'documents' ? 'themes' : 'documents')
  const pickRows = (v: MatrixAxis) =>
    set({ rows: v, ...(v === cols && v !== 'themes' ? { cols: other(v) } : {}) })
  const pickCols = (v: MatrixAxis) =>
    set({ cols: v, ...(v === rows && v !== 'themes' ? { rows: other(v) } : {}) })
  const exportCsv = () => {
    if (!m) return
    saveFile({
      fileName: `matrix-${rows}-by-${cols}.csv`,
      type: 'text/csv;charset=utf-8',
      data: matrixCsv(m, `${AXIS_LABEL[rows]} \\ ${AXIS_LABEL[cols]}`)
    })
  }

  return (
    <div className="matrix-panel">
      <div className="matrix-panel__controls" role="group" aria-label="Matrix settings">
        <label className="matrix-panel__field">
          Rows
          <select value={rows} onChange={(e) => pickRows(e.target.value as MatrixAxis)}>
            {ROW_AXES.map((a) => (
              <option key={a} value={a}>
                {AXIS_LABEL[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="matrix-panel__field">
          Columns
          <select value={cols} onChange={(e) => pickCols(e.target.value as MatrixAxis)}>
            {COL_AXES.map((a) => (
              <option key={a} value={a}>
                {AXIS_LABEL[a]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="matrix-panel__segmented">
          <legend className="visually-hidden">Count</legend>
          {(['statements', 'codings'] as const).map((c) => (
            <label key={c} className={count === c ? 'is-on' : ''}>
              <input type="radio" name="matrix-count" checked={count === c} onChange={() => setCount(c)} />
              {c === 'statements' ? 'Statements' : 'Codings'}
            </label>
          ))}
        </fieldset>
        <label className="matrix-panel__check">
          <input type="checkbox" checked={percent} onChange={(e) => setPercent(e.target.checked)} />
          Row %
        </label>
        <button type="button" className="button button--small" onClick={exportCsv} disabled={!m}>
          Export CSV
        </button>
      </div>
      {matrix.error ? (
        <EmptyState title="The matrix could not be computed">{matrix.error.message}</EmptyState>
      ) : !m ? (
        <p className="matrix-panel__loading" role="status">
          Counting…
        </p>
      ) : m.total === 0 ? (
        <EmptyState title="Nothing to count yet">
          {rows === 'themes' || cols === 'themes'
            ? 'Tag statements with themes (T in the reader or claims) or highlight passages with a theme, and they are counted here.'
            : cols === 'relation'
              ? 'Link statements (L on a statement) and who supports or contradicts whom shows here.'
              : 'No statement matches the current filter.'}
        </EmptyState>
      ) : (
        <MatrixTable
          m={m}
          rowsAxis={rows}
          colsAxis={cols}
          percent={percent}
          folded={folded}
          onFold={(id) =>
            set((st) => {
              const next = new Set(st.folded)
              if (!next.delete(id)) next.add(id)
              return { folded: next }
            })
          }
          onCell={(row, col) =>
            drillDown(drillFilter(matrixCellFilter(filter, { axis: rows, id: row }, { axis: cols, id: col })))
          }
        />
      )}
    </div>
  )
}

interface TableProps {
  m: MatrixResult
  rowsAxis: MatrixAxis
  colsAxis: MatrixAxis
  percent: boolean
  folded: ReadonlySet<string>
  onFold: (themeId: string) => void
  onCell: (rowId: string, colId: string) => void
}

function MatrixTable({ m, rowsAxis, colsAxis, percent, folded, onFold, onCell }: TableProps) {
  const shown = visibleRows(m.rows, folded)
  const value = (i: number, j: number) =>
    percent ? (m.rowTotals[i] ? Math.round((100 * m.cells[i]![j]!) / m.rowTotals[i]!) : 0) : m.cells[i]![j]!
  let max = 0
  for (const i of shown) for (let j = 0; j < m.cols.length; j++) max = Math.max(max, value(i, j))
  const unit = m.count === 'codings' ? 'coding' : 'statement'
  const plural = (n: number) => `${n.toLocaleString()} ${unit}${n === 1 ? '' : 's'}`

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const dir = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key]
    const from = (e.target as HTMLElement).closest<HTMLElement>('[data-r]')
    if (!dir || !from) return
    const table = e.currentTarget
    let r = Number(from.dataset.r)
    let c = Number(from.dataset.c)
    const R = shown.length
    const C = m.cols.length
    for (let step = 0; step < Math.max(R, C); step++) {
      r += dir[0]!
      c += dir[1]!
      if (r < 0 || r >= R || c < 0 || c >= C) return
      const next = table.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`)
      if (next) {
        e.preventDefault()
        next.focus()
        return
      }
    }
  }

  return (
    <div className="matrix-panel__body">
      <div className="matrix-panel__scroll" tabIndex={0} role="region" aria-label="Matrix table">
        <table className="matrix-table" onKeyDown={onKeyDown}>
          <caption className="visually-hidden">
            {AXIS_LABEL[rowsAxis]} by {AXIS_LABEL[colsAxis].toLowerCase()}: {unit}s
            {percent ? ', as a percentage of the row' : ''}. Each non-empty cell opens its statements.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-table__corner">
                {AXIS_LABEL[rowsAxis]} \ {AXIS_LABEL[colsAxis]}
              </th>
              {m.cols.map((c) => (
                <th key={c.id} scope="col" className="matrix-table__col" title={c.label}>
                  <span className="matrix-table__col-label">
                    {c.color && <span className="matrix-table__swatch" style={{ background: c.color }} />}
                    {c.label}
                  </span>
                </th>
              ))}
              <th scope="col" className="matrix-table__total">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i, r) => {
              const row = m.rows[i]!
              return (
                <tr key={row.id}>
                  <th
                    scope="row"
                    className="matrix-table__row"
                    style={{ paddingInlineStart: 8 + row.depth * 16 }}
                  >
                    {row.hasChildren ? (
                      <button
                        type="button"
                        className="matrix-table__fold"
                        aria-expanded={!folded.has(row.id)}
                        aria-label={`${folded.has(row.id) ? 'Show' : 'Hide'} sub-themes of ${row.label}`}
                        onClick={() => onFold(row.id)}
                      >
                        {folded.has(row.id) ? '▸' : '▾'}
                      </button>
                    ) : (
                      <span className="matrix-table__fold-space" />
                    )}
                    {row.color && <span className="matrix-table__swatch" style={{ background: row.color }} />}
                    <span title={row.label}>{row.label}</span>
                  </th>
                  {m.cols.map((col, j) => {
                    const n = m.cells[i]![j]!
                    const v = value(i, j)
                    const step = heatStep(v, max)
                    const text = percent ? `${v}%` : n.toLocaleString()
                    return (
                      <td key={col.id} className={`matrix-table__cell heat-${step}`}>
                        {n > 0 ? (
                          <button type="button" data-r={r} data-c={j} onClick={() => onCell(row.id, col.id)}>
                            {text}
                            <span className="visually-hidden">
                              {percent ? ` of the row (${plural(n)})` : ` ${unit}${n === 1 ? '' : 's'}`}:{' '}
                              {row.label} × {col.label}
                            </span>
                          </button>
                        ) : (
                          <>
                            <span aria-hidden="true">·</span>
                            <span className="visually-hidden">0</span>
                          </>
                        )}
                      </td>
                    )
                  })}
                  <td className="matrix-table__total">{m.rowTotals[i]!.toLocaleString()}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {m.colTotals.map((n, j) => (
                <td key={m.cols[j]!.id} className="matrix-table__total">
                  {n.toLocaleString()}
                </td>
              ))}
              <td className="matrix-table__total matrix-table__grand">{m.total.toLocaleString()}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="matrix-panel__legend" aria-label="Shading">
        <span>{percent ? '% of row' : `${unit}s`}</span>
        {heatLegend(max, percent).map(({ step, label }) => (
          <span key={step} className="matrix-panel__legend-item">
            <span className={`matrix-panel__legend-swatch heat-${step}`} aria-hidden="true" />
            {label}
          </span>
        ))}
        <span className="matrix-panel__note">
          Totals count each {unit} once, so a parent theme or a statement in several columns is not counted
          twice.
        </span>
      </div>
    </div>
  )
}
