import type { Core } from 'cytoscape'
import { useCallback, useId, useMemo, useRef, useState } from 'react'
import type { GraphInput } from '../../../../../shared/api'
import { useQuery } from '../../../api'
import { openStatement, useAppState } from '../../../app/app-state'
import { EmptyState } from '../../../app/ui/empty-state'
import { analysisFilterOf } from '../analysis-filter-of'
import '../analysis-graph.css'
import { relationColors } from '../relation-colors'
import { savePngDataUrl, saveSvg } from '../save-chart'
import { GraphCanvas } from './graph-canvas'
import { GraphLegend } from './graph-legend'
import { GraphList } from './graph-list'
import { graphToSvg } from './graph-svg'

type GroupBy = NonNullable<GraphInput['groupBy']>
type Focus = { kind: 'statement'; id: string; label: string } | { kind: 'speaker'; id: string } | null

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim()

/** Statements and their typed links, grouped by speaker or document, around a statement or speaker if asked. */
export function GraphView() {
  const id = useId()
  const filter = useAppState((s) => s.filter)
  const selection = useAppState((s) => s.selection)
  const [groupBy, setGroupBy] = useState<GroupBy>('speaker')
  const [focus, setFocus] = useState<Focus>(null)
  const [hops, setHops] = useState(1)
  const [search, setSearch] = useState('')
  const [matchAt, setMatchAt] = useState(0)
  const cy = useRef<Core | null>(null)

  const input: GraphInput = {
    filter: analysisFilterOf(filter),
    groupBy,
    ...(focus
      ? {
          focus: focus.kind === 'statement' ? { statementId: focus.id, hops } : { speakerId: focus.id, hops }
        }
      : {})
  }
  const graph = useQuery('analysis.graph', input)
  const speakers = useQuery('speakers.list', {})
  const documents = useQuery('documents.list', {})
  const view = graph.data

  const speakerName = useCallback(
    (sid: string | null) => (sid ? (speakers.data?.find((s) => s.id === sid)?.name ?? sid) : 'No speaker'),
    [speakers.data]
  )
  const documentTitle = useCallback(
    (did: string) => documents.data?.find((d) => d.id === did)?.title ?? did,
    [documents.data]
  )

  const matches = useMemo(() => {
    const q = search.trim().toLowerCase()
    if (!q || !view) return null
    return view.nodes.filter((n) => n.label.toLowerCase().includes(q)).map((n) => n.id)
  }, [search, view])
  const current = matches && matches.length > 0 ? matches[matchAt % matches.length]! : null
  const seeds = useMemo(
    () =>
      !view || !focus
        ? []
        : focus.kind === 'statement'
          ? [focus.id]
          : view.nodes.filter((n) => n.speakerId === focus.id).map((n) => n.id),
    [view, focus]
  )

  const center = (nodeId: string) => {
    const node = cy.current?.getElementById(nodeId)
    if (node && node.nonempty()) {
      cy.current!.animate(
        { center: { eles: node }, zoom: Math.max(cy.current!.zoom(), 1.2) },
        { duration: 200 }
      )
      node.select()
    }
  }
  const nextMatch = () => {
    if (!matches?.length) return
    const next = (matchAt + 1) % matches.length
    setMatchAt(next)
    center(matches[next]!)
  }
  const focusOn = (sid: string, label: string) => {
    setFocus({ kind: 'statement', id: sid, label })
    setSearch('')
  }
  const onReady = useCallback((c: Core | null) => {
    cy.current = c
  }, [])

  const exportSvg = () => {
    if (!cy.current) return
    saveSvg(
      graphToSvg(cy.current, {
        background: cssVar('--surface'),
        text: cssVar('--text'),
        node: cssVar('--graph-node'),
        group: cssVar('--surface-sunken'),
        groupBorder: cssVar('--border-strong'),
        relations: relationColors()
      }),
      'dossier-graph'
    )
  }
  const exportPng = () => {
    if (cy.current)
      savePngDataUrl(cy.current.png({ full: true, scale: 2, bg: cssVar('--surface') }), 'dossier-graph')
  }

  const selectedStatement = selection?.kind === 'statement' ? selection.id : null
  const focusLabel =
    focus?.kind === 'statement'
      ? `Around “${focus.label}”`
      : focus?.kind === 'speaker'
        ? `Around ${speakerName(focus.id)}`
        : null

  return (
    <div className="graph-panel">
      <div className="analysis-toolbar" role="group" aria-label="Graph options">
        <label className="analysis-toolbar__field">
          Group by
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="speaker">Speaker</option>
            <option value="document">Document</option>
            <option value="none">Nothing</option>
          </select>
        </label>
        <label className="analysis-toolbar__field">
          Focus on speaker
          <select
            value={focus?.kind === 'speaker' ? focus.id : ''}
            onChange={(e) => setFocus(e.target.value ? { kind: 'speaker', id: e.target.value } : null)}
          >
            <option value="">—</option>
            {(speakers.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="analysis-toolbar__field">
          Hops
          <select value={hops} onChange={(e) => setHops(Number(e.target.value))} disabled={!focus}>
            {[1, 2, 3].map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        {selectedStatement && focus?.id !== selectedStatement && (
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setFocus({
                kind: 'statement',
                id: selectedStatement,
                label: view?.nodes.find((n) => n.id === selectedStatement)?.label ?? 'the selected statement'
              })
            }
          >
            Focus on the selected statement
          </button>
        )}
        {focusLabel && (
          <span className="graph-focus">
            <span className="graph-focus__text">{focusLabel}</span>
            <button
              type="button"
              className="icon-button"
              aria-label="Show the whole graph"
              title="Show the whole graph"
              onClick={() => setFocus(null)}
            >
              ×
            </button>
          </span>
        )}
        <span className="analysis-toolbar__spacer" />
        <label className="analysis-toolbar__field">
          <span className="visually-hidden">Find a statement in the graph</span>
          <input
            type="search"
            placeholder="Find in graph…"
            value={search}
            aria-describedby={`${id}-matches`}
            onChange={(e) => {
              setSearch(e.target.value)
              setMatchAt(0)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                if (current && e.shiftKey) focusOn(current, view!.nodes.find((n) => n.id === current)!.label)
                else nextMatch()
              }
            }}
          />
        </label>
        <span id={`${id}-matches`} className="analysis-toolbar__status" aria-live="polite">
          {matches === null
            ? ''
            : matches.length === 0
              ? 'No match'
              : `${(matchAt % matches.length) + 1} of ${matches.length}`}
        </span>
        {current && (
          <button
            type="button"
            className="button button--small"
            onClick={() => focusOn(current, view!.nodes.find((n) => n.id === current)!.label)}
          >
            Focus on match
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={exportPng}
          disabled={!view?.nodes.length}
        >
          PNG
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={exportSvg}
          disabled={!view?.nodes.length}
        >
          SVG
        </button>
      </div>
      <GraphLegend />
      {graph.error && <p role="alert">The graph could not be loaded: {graph.error.message}</p>}
      {view && view.truncated && (
        <p className="graph-notice">
          Showing {view.nodes.length.toLocaleString()} of {view.total.toLocaleString()} statements (the best
          linked first). Focus on a statement or speaker, or narrow the filter, to see the rest.
        </p>
      )}
      {view && view.nodes.length === 0 ? (
        focus || Object.keys(input.filter ?? {}).length > 0 ? (
          <EmptyState title="Nothing linked here">
            No linked statements match {focus ? 'this focus and ' : ''}the filter. Widen the filter or clear
            the focus.
          </EmptyState>
        ) : (
          <EmptyState title="No links yet">
            Link statements in the reader: select a statement and press <kbd>L</kbd> to link it to another.
            Links show here as a graph, coloured by how one statement relates to the other.
          </EmptyState>
        )
      ) : (
        view && (
          <>
            <div className="graph-canvas-wrap">
              <GraphCanvas
                view={view}
                seeds={seeds}
                matches={matches}
                onOpen={openStatement}
                onReady={onReady}
                label={`Graph of ${view.nodes.length} statements and ${view.edges.length} links; the same as lists below.`}
              />
              <div className="graph-canvas__zoom">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    cy.current?.zoom({
                      level: cy.current.zoom() * 1.25,
                      renderedPosition: { x: cy.current.width() / 2, y: cy.current.height() / 2 }
                    })
                  }
                  aria-label="Zoom in"
                >
                  +
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    cy.current?.zoom({
                      level: cy.current.zoom() / 1.25,
                      renderedPosition: { x: cy.current.width() / 2, y: cy.current.height() / 2 }
                    })
                  }
                  aria-label="Zoom out"
                >
                  −
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => cy.current?.fit(undefined, 20)}
                >
                  Fit
                </button>
              </div>
            </div>
            <GraphList
              view={view}
              speakerName={speakerName}
              documentTitle={documentTitle}
              onOpen={openStatement}
              onFocus={focusOn}
            />
          </>
        )
      )}
    </div>
  )
}
