import { Fragment, useMemo, useState } from 'react'
import { RELATIONS, type Relation } from '../../../../../shared/domain'
import type { RelationEnd, RelationRow } from '../../../../../shared/api'
import { relationsCsv } from '../../../../../shared/analysis/analysis-csv'
import { useQuery } from '../../../api/use-query'
import { openStatement, useAppState } from '../../../app/app-state'
import { EmptyState } from '../../../app/ui/empty-state'
import { saveFile } from '../../import-export/save-file'
import { analysisFilterOf } from '../analysis-filter-of'
import './relations.css'

const LABEL: Record<Relation, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  elaborates: 'Elaborates',
  'responds-to': 'Responds to',
  'same-claim': 'Same claim'
}
/** Rows drawn at first; more on request (a workspace can hold thousands of links). */
const PAGE = 300

/** Every cross-reference as a row, by relation, same-claim links grouped into clusters; the global filter narrows it. */
export function RelationsPanel() {
  const appFilter = useAppState((s) => s.filter)
  const filter = useMemo(() => analysisFilterOf(appFilter), [appFilter])
  const [relation, setRelation] = useState<Relation | null>(null)
  const [shown, setShown] = useState(PAGE)
  const result = useQuery('analysis.relations', relation ? { relation, filter } : { filter })
  const r = result.data
  const all = r ? Object.values(r.byRelation).reduce((a, b) => a + b, 0) : 0
  const pick = (next: Relation | null) => {
    setRelation(next)
    setShown(PAGE)
  }

  return (
    <div className="relations-panel">
      <div className="relations-panel__controls">
        <div role="group" aria-label="Show relation" className="relations-panel__chips">
          <button
            type="button"
            className="relations-panel__chip"
            aria-pressed={relation === null}
            onClick={() => pick(null)}
          >
            All <span className="relations-panel__n">{all}</span>
          </button>
          {RELATIONS.map((rel) => (
            <button
              key={rel}
              type="button"
              className={`relations-panel__chip relation-${rel}`}
              aria-pressed={relation === rel}
              onClick={() => pick(relation === rel ? null : rel)}
            >
              {rel === 'contradicts' ? 'All contradictions' : LABEL[rel]}{' '}
              <span className="relations-panel__n">{r?.byRelation[rel] ?? 0}</span>
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button--small"
          disabled={!r?.rows.length}
          onClick={() =>
            r &&
            saveFile({
              fileName: `relations${relation ? `-${relation}` : ''}.csv`,
              type: 'text/csv;charset=utf-8',
              data: relationsCsv(r)
            })
          }
        >
          Export CSV
        </button>
      </div>
      {result.error ? (
        <EmptyState title="The relations could not be listed">{result.error.message}</EmptyState>
      ) : !r ? (
        <p role="status">Loading…</p>
      ) : r.rows.length === 0 ? (
        <EmptyState title={all ? 'No links of this relation here' : 'No cross-references yet'}>
          {all
            ? 'Pick another relation above, or widen the filter.'
            : 'Link two statements (L on a statement, then pick the other and a relation) and every link shows here.'}
        </EmptyState>
      ) : (
        <>
          <p className="relations-panel__count" role="status">
            {r.rows.length.toLocaleString()} link{r.rows.length === 1 ? '' : 's'}
            {r.clusters ? ` · ${r.clusters} same-claim cluster${r.clusters === 1 ? '' : 's'}` : ''}
          </p>
          <RelationsTable rows={r.rows.slice(0, shown)} />
          {shown < r.rows.length && (
            <button type="button" className="button button--small" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, r.rows.length - shown)} more of {(r.rows.length - shown).toLocaleString()}
            </button>
          )}
        </>
      )}
    </div>
  )
}

function End({ end }: { end: RelationEnd }) {
  return (
    <div className="relations-end">
      <button
        type="button"
        className="relations-end__text"
        onClick={() => openStatement(end.id, end.documentId)}
        title="Open in the reader"
      >
        {end.text}
      </button>
      <span className="relations-end__meta">
        <span className="relations-end__speaker">{end.speakerName ?? 'No speaker'}</span>
        {' · '}
        {end.documentTitle}
        {end.publishedAt && (
          <>
            {' · '}
            <span className="relations-end__date">{end.publishedAt.slice(0, 10)}</span>
          </>
        )}
      </span>
    </div>
  )
}

function RelationsTable({ rows }: { rows: RelationRow[] }) {
  const clusterSize = new Map<number, Set<string>>()
  for (const row of rows)
    if (row.cluster !== null) {
      const s = clusterSize.get(row.cluster) ?? new Set()
      s.add(row.from.id).add(row.to.id)
      clusterSize.set(row.cluster, s)
    }
  return (
    <table className="relations-table">
      <caption className="visually-hidden">
        Cross-references: from a statement, the relation, to a statement
      </caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          <th scope="col">Relation</th>
          <th scope="col">To</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <Fragment key={row.id}>
            {row.cluster !== null && rows[i - 1]?.cluster !== row.cluster && (
              <tr className="relations-table__cluster">
                <th scope="colgroup" colSpan={4}>
                  Same claim · cluster {row.cluster} · {clusterSize.get(row.cluster)!.size} statements
                </th>
              </tr>
            )}
            <tr className={row.cluster !== null ? 'relations-table__in-cluster' : undefined}>
              <td>
                <End end={row.from} />
              </td>
              <td>
                <span className={`relations-table__relation relation-${row.relation}`}>
                  {LABEL[row.relation]}
                </span>
              </td>
              <td>
                <End end={row.to} />
              </td>
              <td className="relations-table__note">{row.note}</td>
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  )
}
