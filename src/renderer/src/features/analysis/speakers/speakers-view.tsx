import * as Plot from '@observablehq/plot'
import { useCallback, useMemo, useRef, useState } from 'react'
import { RELATIONS } from '../../../../../shared/domain'
import { useQuery } from '../../../api'
import { drillDown, useAppState } from '../../../app/app-state'
import { EmptyState } from '../../../app/ui/empty-state'
import { RELATION_INFO } from '../../link-picker/relations'
import { analysisFilterOf } from '../analysis-filter-of'
import '../analysis-graph.css'
import { PlotFigure, tagIndex } from '../plot-figure'
import { savePngFromSvg, saveSvg, standaloneSvg } from '../save-chart'
import { speakerColor } from '../speaker-colors'

const MAX_THEMES = 12
type Measure = 'count' | 'share'

interface Bar {
  speakerId: string
  speaker: string
  themeId: string
  theme: string
  count: number
  share: number
  color: string
}

/** Two or more speakers side by side: the themes they speak to (grouped bars) and the links between them. */
export function SpeakersView() {
  const filter = useAppState((s) => s.filter)
  const speakers = useQuery('speakers.list', {})
  const stats = useQuery('workspace.stats', {})
  const [picked, setPicked] = useState<string[] | null>(null)
  const [measure, setMeasure] = useState<Measure>('count')
  const chart = useRef<SVGSVGElement | HTMLElement | null>(null)

  const ranked = useMemo(() => {
    const counts = stats.data?.speakers ?? {}
    return [...(speakers.data ?? [])].sort(
      (a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || a.name.localeCompare(b.name)
    )
  }, [speakers.data, stats.data])
  const chosen = picked ?? ranked.slice(0, 2).map((s) => s.id)
  const input = chosen.length >= 2 ? { speakerIds: chosen, filter: analysisFilterOf(filter) } : null
  const query = useQuery('analysis.speakers', input)
  const view = input ? query.data : undefined

  const colorOf = useCallback((id: string) => speakerColor(Math.max(0, chosen.indexOf(id))), [chosen])
  const bars = useMemo<Bar[]>(() => {
    if (!view) return []
    const out: Bar[] = []
    for (const t of view.themes.slice(0, MAX_THEMES))
      for (const p of view.speakers) {
        const count = p.themes[t.id] ?? 0
        out.push({
          speakerId: p.id,
          speaker: p.name,
          themeId: t.id,
          theme: t.name,
          count,
          share: p.total ? count / p.total : 0,
          color: colorOf(p.id)
        })
      }
    return out
  }, [view, colorOf])

  const build = useCallback(
    (width: number) => {
      const themes = [...new Set(bars.map((b) => b.theme))]
      const names = view!.speakers.map((p) => p.name)
      const most = Math.max(1, ...bars.map((b) => b.count))
      const fig = Plot.plot({
        width,
        height: 30 + themes.length * (names.length * 16 + 14),
        marginLeft: 200,
        marginTop: 10,
        marginRight: 40,
        style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
        x:
          measure === 'share'
            ? { label: null, tickFormat: '.0%', grid: true }
            : {
                label: null,
                tickFormat: 'd',
                ticks: most <= 8 ? Array.from({ length: most + 1 }, (_, i) => i) : 8,
                grid: true
              },
        fy: { domain: themes, label: null },
        y: { domain: names, axis: null },
        color: { type: 'identity' },
        marks: [
          Plot.barX(bars, {
            x: measure,
            y: 'speaker',
            fy: 'theme',
            fill: 'color',
            title: (b: Bar) =>
              `${b.speaker} · ${b.theme}: ${b.count} ${b.count === 1 ? 'statement' : 'statements'} (${Math.round(b.share * 100)}%)`,
            render: tagIndex
          }),
          Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.4 })
        ]
      })
      chart.current = fig
      return fig
    },
    [bars, view, measure]
  )

  const onClick = (e: React.MouseEvent) => {
    const index = (e.target as Element).getAttribute('data-index')
    if (index === null) return
    const b = bars[Number(index)]
    if (b) drillDown({ speakerIds: [b.speakerId], themeIds: [b.themeId] })
  }
  const svgOf = () =>
    chart.current instanceof SVGSVGElement ? chart.current : chart.current?.querySelector('svg')
  const save = (kind: 'svg' | 'png') => {
    const svg = svgOf()
    if (!svg) return
    if (kind === 'svg') saveSvg(standaloneSvg(svg), 'dossier-speakers')
    else void savePngFromSvg(standaloneSvg(svg), 'dossier-speakers')
  }
  const toggle = (id: string, on: boolean) =>
    setPicked((p) => {
      const cur = p ?? chosen
      return on ? [...cur.filter((x) => x !== id), id] : cur.filter((x) => x !== id)
    })
  const name = (id: string) => view?.speakers.find((p) => p.id === id)?.name ?? id

  if (speakers.data && speakers.data.length < 2)
    return (
      <EmptyState title="Two speakers are needed">
        Speakers come from attributions found on import, or when you name who says a statement in its
        inspector. With two or more, their themes and the links between them show side by side here.
      </EmptyState>
    )

  const pairs = view ? [...new Set(view.links.map((l) => `${l.fromId}\n${l.toId}`))] : []
  return (
    <div className="speakers-panel">
      <fieldset className="speaker-picker">
        <legend>Compare speakers (two or more)</legend>
        {ranked.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              checked={chosen.includes(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />
            {chosen.includes(s.id) && (
              <span
                aria-hidden="true"
                style={{
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: colorOf(s.id),
                  display: 'inline-block'
                }}
              />
            )}
            {s.name} <span className="graph-list__meta">({stats.data?.speakers[s.id] ?? 0})</span>
          </label>
        ))}
      </fieldset>
      <div className="analysis-toolbar" role="group" aria-label="Chart options">
        <label className="analysis-toolbar__field">
          Bars show
          <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            <option value="count">Statements coded</option>
            <option value="share">Share of each speaker’s statements</option>
          </select>
        </label>
        <span className="analysis-toolbar__spacer" />
        <button
          type="button"
          className="button button--small"
          onClick={() => save('png')}
          disabled={!bars.length}
        >
          PNG
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => save('svg')}
          disabled={!bars.length}
        >
          SVG
        </button>
      </div>
      {chosen.length < 2 && (
        <p className="analysis-toolbar__status">Choose at least two speakers to compare.</p>
      )}
      {query.error && input && <p role="alert">The comparison could not be loaded: {query.error.message}</p>}
      {view && (
        <>
          <p className="analysis-toolbar__status">
            {view.speakers.map((p) => `${p.name}: ${p.total.toLocaleString()} statements`).join(' · ')}
            {view.themes.length > MAX_THEMES
              ? ` · the ${MAX_THEMES} most used of ${view.themes.length} themes`
              : ''}
          </p>
          {bars.length === 0 ? (
            <EmptyState title="No themes yet" compact>
              None of these speakers’ statements is coded. Tag statements in the reader with <kbd>T</kbd> to
              see what each speaker talks about.
            </EmptyState>
          ) : (
            // The chart's bars answer clicks; the table under it is the keyboard's way to the same statements.
            <div onClick={onClick}>
              <PlotFigure
                build={build}
                label={`Themes of ${view.speakers.map((p) => p.name).join(', ')} as grouped bars; the same as a table below.`}
              />
            </div>
          )}
          {bars.length > 0 && (
            <details className="analysis-details">
              <summary>The themes as a table</summary>
              <table className="analysis-table">
                <thead>
                  <tr>
                    <th scope="col">Theme</th>
                    {view.speakers.map((p) => (
                      <th key={p.id} scope="col" className="analysis-table__num">
                        {p.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {view.themes.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">{t.name}</th>
                      {view.speakers.map((p) => (
                        <td key={p.id} className="analysis-table__num">
                          <button
                            type="button"
                            className="button button--small button--ghost"
                            aria-label={`${p.name}, ${t.name}: show ${p.themes[t.id] ?? 0} statements`}
                            onClick={() => drillDown({ speakerIds: [p.id], themeIds: [t.id] })}
                          >
                            {p.themes[t.id] ?? 0}
                          </button>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          <section aria-labelledby="speakers-links">
            <h2 id="speakers-links" className="speakers-panel__heading">
              Links between them
            </h2>
            {pairs.length === 0 ? (
              <p className="analysis-toolbar__status">
                No links between these speakers yet: in the reader, select a statement and press <kbd>L</kbd>{' '}
                to link it to another.
              </p>
            ) : (
              <table className="analysis-table">
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    {RELATION_INFO.map((r) => (
                      <th key={r.relation} scope="col" className="analysis-table__num">
                        {r.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {pairs.map((pair) => {
                    const [fromId, toId] = pair.split('\n') as [string, string]
                    return (
                      <tr key={pair}>
                        <td>{name(fromId)}</td>
                        <td>{fromId === toId ? `${name(toId)} (own statements)` : name(toId)}</td>
                        {RELATIONS.map((r) => (
                          <td key={r} className="analysis-table__num">
                            {view.links.find(
                              (l) => l.fromId === fromId && l.toId === toId && l.relation === r
                            )?.count ?? '–'}
                          </td>
                        ))}
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  )
}
