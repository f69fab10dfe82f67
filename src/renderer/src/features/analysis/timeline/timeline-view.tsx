import * as Plot from '@observablehq/plot'
import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react'
import type { TimelineView as Timeline } from '../../../../../shared/api'
import { useQuery } from '../../../api'
import { appStore, drillDown, useAppState, type Filter } from '../../../app/app-state'
import { EmptyState } from '../../../app/ui/empty-state'
import { analysisFilterOf } from '../analysis-filter-of'
import '../analysis-graph.css'
import { PlotFigure, tagIndex } from '../plot-figure'
import { savePngFromSvg, saveSvg, standaloneSvg } from '../save-chart'
import { NEUTRAL_COLOR, speakerColor } from '../speaker-colors'
import { binDays, binWidthFor, isoDay, timelineBins, type TimelineBin } from './timeline-bins'

type Lanes = 'speaker' | 'theme'
const DAY = 86_400_000
const clip = (label: string) => (label.length > 20 ? `${label.slice(0, 19).trimEnd()}…` : label)

const setDates = (from: string | undefined, to: string | undefined): void =>
  appStore.setState((s) => {
    const next: Filter = { ...s.filter, from, to }
    if (!from) delete next.from
    if (!to) delete next.to
    return { filter: next }
  })

function laneNarrowing(view: Timeline, lanes: Lanes, lane: number): Filter {
  const key = view.lanes[lane]?.key
  if (!key || key === 'other') return {}
  if (lanes === 'speaker') return { speakerIds: [key] }
  return key === 'none' ? {} : { themeIds: [key] }
}

const period = (b: TimelineBin, width: number): string => {
  const { from, to } = binDays(b)
  if (width < DAY) return `${new Date(b.start).toISOString().slice(0, 16).replace('T', ' ')} UTC`
  return from === to ? from : `${from} to ${to}`
}

/**
 * Statements in time, one lane per speaker or top-level theme: a dot per lane and period, sized by how many.
 * Dragging across the chart (or the date fields) sets the filter's dates, which every view follows; a dot drills
 * down to its statements.
 */
export function TimelineView() {
  const filter = useAppState((s) => s.filter)
  const [lanes, setLanes] = useState<Lanes>('speaker')
  const { from, to, ...rest } = analysisFilterOf(filter)
  const query = useQuery('analysis.timeline', { filter: rest, lanes, ids: false })
  const view = query.data
  const chart = useRef<(SVGSVGElement | HTMLElement) & Plot.Plot>(null)
  const drag = useRef<{ x0: number; moved: boolean; target: Element | null } | null>(null)
  const [band, setBand] = useState<{ left: number; width: number } | null>(null)

  const extent = useMemo(() => {
    if (!view || view.points.times.length === 0) return null
    let min = Infinity
    let max = -Infinity
    for (const t of view.points.times) {
      if (t < min) min = t
      if (t > max) max = t
    }
    return { min, max }
  }, [view])
  const width = extent ? binWidthFor(extent.min, extent.max) : DAY
  const bins = useMemo(() => (view ? timelineBins(view.points, width) : []), [view, width])
  const colors = useMemo(
    () =>
      (view?.lanes ?? []).map(
        (l, i) => l.color ?? (l.key === 'none' || l.key === 'other' ? NEUTRAL_COLOR : speakerColor(i))
      ),
    [view]
  )

  const build = useCallback(
    (w: number) => {
      const v = view!
      const { min, max } = extent!
      const pad = Math.max(width, (max - min) * 0.03)
      const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()
      const selected =
        from || to
          ? [{ x1: from ? Date.parse(from) : min - pad, x2: to ? Date.parse(to) + DAY : max + pad }]
          : []
      const fig = Plot.plot({
        width: w,
        height: 50 + v.lanes.length * 36,
        marginLeft: 200,
        marginRight: 24,
        style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
        x: { type: 'utc', domain: [min - pad, max + pad], label: null, grid: true },
        y: {
          type: 'point',
          domain: v.lanes.map((_, i) => i),
          tickFormat: (i: number) => `${clip(v.lanes[i]!.label)} (${v.lanes[i]!.count.toLocaleString()})`,
          label: null,
          padding: 0.6
        },
        r: { range: [2.5, 13] },
        color: { type: 'identity' },
        marks: [
          Plot.rectX(selected, { x1: 'x1', x2: 'x2', fill: accent, fillOpacity: 0.12 }),
          Plot.ruleY(
            v.lanes.map((_, i) => i),
            { stroke: 'currentColor', strokeOpacity: 0.12 }
          ),
          Plot.dot(bins, {
            x: (b: TimelineBin) => (b.start + b.end) / 2,
            y: 'lane',
            r: 'count',
            fill: (b: TimelineBin) => colors[b.lane],
            fillOpacity: 0.85,
            stroke: 'currentColor',
            strokeOpacity: 0.35,
            strokeWidth: 0.5,
            sort: null,
            title: (b: TimelineBin) =>
              `${v.lanes[b.lane]!.label}: ${b.count.toLocaleString()} ${b.count === 1 ? 'statement' : 'statements'}, ${period(b, width)}`,
            render: tagIndex
          })
        ]
      })
      chart.current = fig as (SVGSVGElement | HTMLElement) & Plot.Plot
      return fig
    },
    [view, extent, bins, colors, width, from, to]
  )

  const xOf = (e: PointerEvent<HTMLDivElement>) => {
    const svg = chart.current as unknown as SVGSVGElement
    return e.clientX - svg.getBoundingClientRect().left
  }
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !chart.current) return
    drag.current = { x0: xOf(e), moved: false, target: e.target as Element }
    e.currentTarget.setPointerCapture(e.pointerId)
  }
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d) return
    const x = xOf(e)
    if (Math.abs(x - d.x0) > 4) d.moved = true
    if (d.moved) {
      const svgLeft = (chart.current as unknown as SVGSVGElement).getBoundingClientRect().left
      const boxLeft = e.currentTarget.getBoundingClientRect().left
      setBand({ left: svgLeft - boxLeft + Math.min(x, d.x0), width: Math.abs(x - d.x0) })
    }
  }
  const onUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    drag.current = null
    setBand(null)
    if (!d || !chart.current || !view) return
    if (!d.moved) {
      const index = d.target?.getAttribute('data-index')
      if (index !== null && index !== undefined) {
        const b = bins[Number(index)]!
        drillDown({ ...laneNarrowing(view, lanes, b.lane), ...binDays(b) })
      }
      return
    }
    const scale = chart.current.scale('x')!
    const a = scale.invert!(Math.min(d.x0, xOf(e))) as Date
    const b = scale.invert!(Math.max(d.x0, xOf(e))) as Date
    setDates(isoDay(+a), isoDay(+b))
  }

  const svgOf = () =>
    chart.current instanceof SVGSVGElement ? chart.current : chart.current?.querySelector('svg')
  const exportSvg = () => {
    const svg = svgOf()
    if (svg) saveSvg(standaloneSvg(svg), 'dossier-timeline')
  }
  const exportPng = () => {
    const svg = svgOf()
    if (svg) void savePngFromSvg(standaloneSvg(svg), 'dossier-timeline')
  }

  const dated = view?.points.times.length ?? 0
  return (
    <div className="timeline-panel">
      <div className="analysis-toolbar" role="group" aria-label="Timeline options">
        <label className="analysis-toolbar__field">
          Lanes
          <select value={lanes} onChange={(e) => setLanes(e.target.value as Lanes)}>
            <option value="speaker">By speaker</option>
            <option value="theme">By theme</option>
          </select>
        </label>
        {(from || to) && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setDates(undefined, undefined)}
          >
            All dates
          </button>
        )}
        <span className="analysis-toolbar__spacer" />
        <span className="analysis-toolbar__status">
          Drag across the chart to choose dates (From and To above) · click a dot for its statements
        </span>
        <button type="button" className="button button--small" onClick={exportPng} disabled={dated === 0}>
          PNG
        </button>
        <button type="button" className="button button--small" onClick={exportSvg} disabled={dated === 0}>
          SVG
        </button>
      </div>
      {query.error && <p role="alert">The timeline could not be loaded: {query.error.message}</p>}
      {view && view.total === 0 && (
        <EmptyState title="No statements to place in time">
          Nothing matches the filter. Widen the filter, or import documents.
        </EmptyState>
      )}
      {view && view.total > 0 && dated === 0 && (
        <EmptyState title="No dated documents">
          The {view.total.toLocaleString()} statements here are all in documents without a date. Give a
          document its date when importing it to place its statements in time.
        </EmptyState>
      )}
      {view && dated > 0 && extent && (
        <>
          <PlotFigure
            build={build}
            label={`Timeline of ${dated.toLocaleString()} statements in ${view.lanes.length} lanes; the same as a table below.`}
            onPointerDown={onDown}
            onPointerMove={onMove}
            onPointerUp={onUp}
          >
            {band && <div className="chart-box__band" style={{ left: band.left, width: band.width }} />}
          </PlotFigure>
          <p className="analysis-toolbar__status" aria-live="polite">
            {view.points.times.length.toLocaleString()} points from {view.total.toLocaleString()} statements
            {from || to ? `; dates chosen: ${from ?? 'any'} to ${to ?? 'any'}` : ''}
            {view.undated > 0
              ? `. ${view.undated.toLocaleString()} ${view.undated === 1 ? 'statement is' : 'statements are'} in undated documents and not shown.`
              : '.'}
          </p>
          <details className="analysis-details">
            <summary>The timeline as a table</summary>
            <table className="analysis-table">
              <thead>
                <tr>
                  <th scope="col">{lanes === 'speaker' ? 'Speaker' : 'Theme'}</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="analysis-table__num">
                    Statements
                  </th>
                </tr>
              </thead>
              <tbody>
                {bins.map((b) => (
                  <tr key={`${b.lane}-${b.start}`}>
                    <td>{view.lanes[b.lane]!.label}</td>
                    <td>{period(b, width)}</td>
                    <td className="analysis-table__num">
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        aria-label={`Show the ${b.count} statements of ${view.lanes[b.lane]!.label}, ${period(b, width)}`}
                        onClick={() => drillDown({ ...laneNarrowing(view, lanes, b.lane), ...binDays(b) })}
                      >
                        {b.count.toLocaleString()}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  )
}
