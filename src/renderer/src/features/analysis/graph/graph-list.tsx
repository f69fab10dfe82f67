import { useState } from 'react'
import type { GraphView } from '../../../../../shared/api'
import { relationLabel } from '../../link-picker/relations'

const SHOWN = 200

interface Props {
  view: GraphView
  speakerName: (id: string | null) => string
  documentTitle: (id: string) => string
  onOpen: (statementId: string, documentId: string) => void
  onFocus: (statementId: string, label: string) => void
}

/** The graph as lists, for the keyboard and screen readers: every statement (open it, or focus the graph on it) and every link. */
export function GraphList({ view, speakerName, documentTitle, onOpen, onFocus }: Props) {
  const [all, setAll] = useState(false)
  const byId = new Map(view.nodes.map((n) => [n.id, n]))
  const nodes = all ? view.nodes : view.nodes.slice(0, SHOWN)
  const edges = all ? view.edges : view.edges.slice(0, SHOWN)
  const more = view.nodes.length > SHOWN || view.edges.length > SHOWN
  return (
    <div className="graph-list">
      <section aria-labelledby="graph-list-nodes">
        <h2 id="graph-list-nodes">Statements ({view.nodes.length.toLocaleString()})</h2>
        <ul>
          {nodes.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className="graph-list__open"
                title="Open in the reader"
                onClick={() => onOpen(n.id, n.documentId)}
              >
                {n.label}{' '}
                <span className="graph-list__meta">
                  · {speakerName(n.speakerId)} · {documentTitle(n.documentId)} · {n.degree}{' '}
                  {n.degree === 1 ? 'link' : 'links'}
                </span>
              </button>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={`Focus the graph on “${n.label}”`}
                onClick={() => onFocus(n.id, n.label)}
              >
                Focus
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="graph-list-edges">
        <h2 id="graph-list-edges">Links ({view.edges.length.toLocaleString()})</h2>
        <ul>
          {edges.map((e) => {
            const from = byId.get(e.source)!
            const to = byId.get(e.target)!
            return (
              <li key={e.id}>
                <button
                  type="button"
                  className="graph-list__open"
                  onClick={() => onOpen(from.id, from.documentId)}
                >
                  {from.label}
                </button>
                <span className={`graph-list__relation graph-list__relation--${e.relation}`}>
                  {relationLabel(e.relation, 'out')}
                </span>
                <button
                  type="button"
                  className="graph-list__open"
                  onClick={() => onOpen(to.id, to.documentId)}
                >
                  {to.label}
                </button>
              </li>
            )
          })}
        </ul>
      </section>
      {more && !all && (
        <button type="button" className="button button--small" onClick={() => setAll(true)}>
          Show all {view.nodes.length.toLocaleString()} statements and {view.edges.length.toLocaleString()}{' '}
          links
        </button>
      )}
    </div>
  )
}
