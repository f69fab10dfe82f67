import { useCallback, useMemo, useState } from 'react'
import { useQuery } from '../../api/use-query'
import { EmptyState } from '../../app/ui/empty-state'
import { highlightQuery, isFiltered, NO_HIGHLIGHT_FILTER, type HighlightFilter } from './highlight-query'
import { HighlightsFilterBar } from './highlights-filter-bar'
import { HighlightsList } from './highlights-list'
import '../claims/claims.css'
import './highlights.css'

/** Every highlight of the workspace with its quote, note, themes, speaker and date; filterable and searchable. */
export function HighlightsView() {
  const [filter, setFilter] = useState<HighlightFilter>(NO_HIGHLIGHT_FILTER)
  const onChange = useCallback(
    (patch: Partial<HighlightFilter>) => setFilter((f) => ({ ...f, ...patch })),
    []
  )
  const query = useMemo(() => highlightQuery(filter), [filter])
  const list = useQuery('annotations.list', query)
  const themes = useQuery('themes.list', {})
  const speakers = useQuery('speakers.list', {})
  const documents = useQuery('documents.list', {})
  const themeMap = useMemo(() => new Map((themes.data ?? []).map((t) => [t.id, t])), [themes.data])
  const total = list.data?.total
  const filtered = isFiltered(filter)

  return (
    <section className="claims-view highlights-view" aria-labelledby="highlights-title">
      <header className="claims-view__header">
        <h1 id="highlights-title" className="claims-view__title">
          Highlights
        </h1>
        <p className="claims-view__count" role="status" aria-live="polite">
          {total === undefined ? 'Loading…' : `${total.toLocaleString()} highlight${total === 1 ? '' : 's'}`}
          {total !== undefined && filtered ? ' match' : ''}
        </p>
      </header>
      <div className="claims-filters">
        <HighlightsFilterBar
          filter={filter}
          onChange={onChange}
          themes={themes.data ?? []}
          speakers={speakers.data ?? []}
          documents={documents.data ?? []}
        />
      </div>
      {list.error && !list.data ? (
        <p className="banner banner--danger banner__text" role="alert">
          Could not list the highlights: {list.error.message}
        </p>
      ) : total === 0 ? (
        filtered ? (
          <EmptyState
            title="No highlights match"
            action={
              <button type="button" className="button" onClick={() => setFilter(NO_HIGHLIGHT_FILTER)}>
                Clear filters
              </button>
            }
          >
            <p>The search looks in quotes and notes; a theme includes its sub-themes.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No highlights yet">
            <p>
              Select text in the reader and press <kbd>A</kbd> to annotate it, or tag a selection with a
              theme. Every highlight of the workspace is listed here.
            </p>
          </EmptyState>
        )
      ) : (
        <HighlightsList rows={list.data?.items ?? []} themes={themeMap} queryKey={JSON.stringify(query)} />
      )}
    </section>
  )
}
