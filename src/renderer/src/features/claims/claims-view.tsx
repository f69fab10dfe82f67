import { useMemo, useState } from 'react'
import { useQuery } from '../../api/use-query'
import { useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'
import { DEFAULT_SORT, type SortState } from './claims-columns'
import { ClaimsFilterBar, clearFilters, hasActiveFilter } from './claims-filter-bar'
import type { Lookups } from './claims-row'
import { AnalysisFilterLine, hasAnalysisFilter } from './analysis-filter-line'
import { analysisFilterOf } from '../analysis/analysis-filter-of'
import { ClaimsTable } from './claims-table'
import { useStatementPages, type StatementQuery } from './use-statement-pages'
import './claims.css'

const NONE: never[] = []

/** Every statement in the workspace as a filterable, sortable, virtualised table. */
export function ClaimsView() {
  const filter = useAppState((s) => s.filter)
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT)
  const themes = useQuery('themes.list', {})
  const speakers = useQuery('speakers.list', {})
  const documents = useQuery('documents.list', {})

  const query = useMemo<StatementQuery>(() => {
    const q: StatementQuery = { sort: sort.key, descending: sort.descending }
    if (filter.themeId) q.themeId = filter.themeId
    if (filter.speakerId) q.speakerId = filter.speakerId
    if (filter.documentId) q.documentId = filter.documentId
    if (filter.linked && filter.linked !== 'any') q.linked = filter.linked
    if (filter.text?.trim()) q.text = filter.text.trim()
    return { ...q, ...analysisFilterOf(filter) }
  }, [filter, sort])
  const queryKey = JSON.stringify(query)
  const pages = useStatementPages(query)

  const lookups = useMemo<Lookups>(
    () => ({
      themes: new Map((themes.data ?? []).map((t) => [t.id, t])),
      speakers: new Map((speakers.data ?? []).map((s) => [s.id, s.name]))
    }),
    [themes.data, speakers.data]
  )

  const total = pages.total
  const filtered = hasActiveFilter(filter) || hasAnalysisFilter(filter)
  return (
    <section className="claims-view" aria-labelledby="claims-title">
      <header className="claims-view__header">
        <h1 id="claims-title" className="claims-view__title">
          Claims
        </h1>
        <p className="claims-view__count" role="status" aria-live="polite">
          {total === null ? 'Loading…' : `${total.toLocaleString()} statement${total === 1 ? '' : 's'}`}
          {total !== null && filtered ? ' match' : ''}
        </p>
      </header>
      <ClaimsFilterBar
        filter={filter}
        themes={themes.data ?? NONE}
        speakers={speakers.data ?? NONE}
        documents={documents.data ?? NONE}
      />
      <AnalysisFilterLine
        filter={filter}
        themes={themes.data ?? NONE}
        speakers={speakers.data ?? NONE}
        documents={documents.data ?? NONE}
      />
      {total === 0 ? (
        filtered ? (
          <EmptyState
            title="No statements match these filters"
            action={
              <button type="button" className="button" onClick={clearFilters}>
                Clear filters
              </button>
            }
          >
            <p>
              Filters combine: a statement must match all of them. A theme filter includes its sub-themes.
              Remove a chip above, or clear them all.
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="No statements yet">
            <p>
              Import a document from the library: it is split into statements automatically, which you can
              then tag, attribute and link. They all appear here.
            </p>
          </EmptyState>
        )
      ) : (
        <ClaimsTable
          pages={pages}
          total={total ?? 0}
          sort={sort}
          onSort={setSort}
          lookups={lookups}
          queryKey={queryKey}
        />
      )}
    </section>
  )
}
