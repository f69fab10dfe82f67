import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape'
import fcose from 'cytoscape-fcose'
import { useEffect, useRef } from 'react'
import type { GraphView } from '../../../../../shared/api'
import { RELATIONS } from '../../../../../shared/domain'
import { RELATION_DASH, relationColors } from '../relation-colors'
import { groupedGridPositions } from './grouped-grid'

cytoscape.use(fcose)

/** Past this many statements, the force layout would take seconds: a grouped grid instead (see grouped-grid.ts). */
const FORCE_LAYOUT_LIMIT = 400

interface Props {
  view: GraphView
  /** The statements the focus starts from, drawn in the accent colour. */
  seeds: readonly string[]
  /** Statements matching the search box: the others fade. */
  matches: readonly string[] | null
  onOpen: (statementId: string, documentId: string) => void
  onReady: (cy: Core | null) => void
  label: string
}

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim()

/** Large graphs draw straight edges without arrowheads (haystack), much cheaper at thousands of links. */
function styles(big: boolean): StylesheetJson {
  const rel = relationColors()
  const text = cssVar('--text')
  return [
    {
      selector: 'node',
      style: {
        'background-color': cssVar('--graph-node'),
        width: 'mapData(degree, 1, 12, 10, 26)',
        height: 'mapData(degree, 1, 12, 10, 26)',
        // A large graph names a statement only when it is selected or found: 2,000 labels cost half its build.
        label: big ? '' : 'data(label)',
        'font-size': 9,
        color: text,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '130px',
        'min-zoomed-font-size': 8
      }
    },
    {
      selector: ':parent',
      style: {
        'background-color': cssVar('--surface-sunken'),
        'background-opacity': 0.7,
        'border-color': cssVar('--border-strong'),
        'border-width': 1,
        shape: 'round-rectangle',
        padding: '12px',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 12,
        'font-weight': 600,
        'text-max-width': '240px',
        'min-zoomed-font-size': 6
      }
    },
    ...RELATIONS.map((r) => ({
      selector: `edge[relation = "${r}"]`,
      style: { 'line-color': rel[r], 'target-arrow-color': rel[r], 'line-style': RELATION_DASH[r] }
    })),
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': big ? 'haystack' : 'bezier',
        'target-arrow-shape': big ? 'none' : 'triangle',
        'arrow-scale': 0.9
      }
    },
    {
      selector: 'node.seed',
      style: { 'background-color': cssVar('--accent'), 'border-width': 2, 'border-color': text }
    },
    {
      selector: 'node.match',
      style: { 'border-width': 3, 'border-color': cssVar('--focus'), 'z-index': 10, label: 'data(label)' }
    },
    { selector: '.faded', style: { opacity: 0.2 } },
    {
      selector: 'node.group-label',
      style: {
        'background-opacity': 0,
        width: 1,
        height: 1,
        'font-size': 13,
        'font-weight': 600,
        'text-valign': 'center',
        'text-halign': 'right',
        'text-max-width': '400px',
        'min-zoomed-font-size': 4,
        events: 'no'
      }
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': cssVar('--focus'), label: 'data(label)' }
    }
  ]
}

/**
 * Small graphs group statements in compound nodes; large ones (compounds cost seconds in cytoscape there) place
 * each group's statements together and name the group with a plain label above them.
 */
function elements(view: GraphView, seeds: ReadonlySet<string>, big: boolean): ElementDefinition[] {
  const els: ElementDefinition[] = view.groups.map((g) =>
    big
      ? {
          group: 'nodes',
          data: { id: `label:${g.id}`, label: g.label },
          classes: 'group-label',
          selectable: false,
          grabbable: false
        }
      : { group: 'nodes', data: { id: g.id, label: g.label } }
  )
  for (const n of view.nodes)
    els.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        degree: n.degree,
        documentId: n.documentId,
        ...(n.group && !big ? { parent: n.group } : {})
      },
      classes: seeds.has(n.id) ? 'seed' : ''
    })
  for (const e of view.edges)
    els.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, relation: e.relation } })
  return els
}

/** The graph drawn with cytoscape and laid out with fCoSE (compound groups); a node click opens the statement. */
export function GraphCanvas({ view, seeds, matches, onOpen, onReady, label }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const cyRef = useRef<Core | null>(null)
  const open = useRef(onOpen)
  open.current = onOpen

  useEffect(() => {
    const container = box.current!
    const big = view.nodes.length > FORCE_LAYOUT_LIMIT
    const t0 = performance.now()
    const at = big ? groupedGridPositions(view) : null
    const els = elements(view, new Set(seeds), big)
    if (at) for (const el of els) if (el.group === 'nodes') el.position = at.get(el.data.id!)
    const cy = cytoscape({
      container,
      elements: els,
      ...(at ? { layout: { name: 'preset', fit: true, padding: 20 } } : {}),
      ...(big ? { textureOnViewport: true, hideEdgesOnViewport: true } : {}),
      style: styles(big),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false
    })
    if (!big)
      cy.layout({
        name: 'fcose',
        animate: false,
        randomize: true,
        quality: 'default',
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nestingFactor: 0.1,
        gravityCompound: 1.5,
        gravityRangeCompound: 2,
        tilingPaddingVertical: 24,
        tilingPaddingHorizontal: 24,
        packComponents: false
      } as cytoscape.LayoutOptions).run()
    // Built and laid out: read by the renderer benchmark.
    container.dataset.layoutMs = String(Math.round(performance.now() - t0))
    cy.on('tap', 'node:childless[documentId]', (e) =>
      open.current(e.target.id(), e.target.data('documentId'))
    )
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const restyle = () => cy.style(styles(big))
    media.addEventListener('change', restyle)
    const resize = new ResizeObserver(() => cy.resize())
    resize.observe(container)
    cyRef.current = cy
    onReady(cy)
    return () => {
      media.removeEventListener('change', restyle)
      resize.disconnect()
      onReady(null)
      cyRef.current = null
      cy.destroy()
    }
    // seeds follow the view (they come with the same query); onReady is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.batch(() => {
      cy.elements().removeClass('match faded')
      if (matches === null) return
      const hit = new Set(matches)
      cy.nodes(':childless[documentId]').forEach((n) => {
        n.addClass(hit.has(n.id()) ? 'match' : 'faded')
      })
      cy.edges().addClass('faded')
    })
  }, [matches, view])

  return <div className="graph-canvas" ref={box} role="img" aria-label={label} data-testid="graph-canvas" />
}
