import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit } from '../../../../shared/api'
import { api } from '../../api/api'
import { appStore, openAnnotation, openNote, openStatement } from '../../app/app-state'
import { notify } from '../../app/toast'
import { formatShortcut } from '../shortcuts/match-shortcut'
import { groupHits, KIND_LABEL } from './group-hits'
import { HighlightedText } from './highlighted-text'
import { PaletteDialog } from './palette-dialog'
import { wordCoverage } from './word-match'
import './search-palette.css'

const DEBOUNCE_MS = 120
const LIMIT = 40
const NO_HITS: SearchHit[] = []

type Status =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; query: string; hits: SearchHit[] }
  | { state: 'error' }

function useSearch(q: string): Status {
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  useEffect(() => {
    const query = q.trim()
    if (!query) {
      setStatus({ state: 'idle' })
      return
    }
    let cancelled = false
    setStatus((s) => (s.state === 'done' ? s : { state: 'loading' }))
    const timer = setTimeout(() => {
      api['search.query']({ q: query, limit: LIMIT })
        .then((r) => !cancelled && setStatus({ state: 'done', query, hits: r.hits }))
        .catch((err: unknown) => {
          if (cancelled) return
          setStatus({ state: 'error' })
          notify(`Search failed: ${err instanceof Error ? err.message : String(err)}`, 'error')
        })
    }, DEBOUNCE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [q])
  return status
}

/** Goes to the place a hit refers to, closing the palette. */
function goTo(hit: SearchHit): void {
  appStore.setState({ searchOpen: false })
  if (hit.kind === 'note') openNote(hit.id)
  else if (hit.kind === 'statement' && hit.documentId) openStatement(hit.id, hit.documentId)
  else if (hit.kind === 'annotation' && hit.documentId) openAnnotation(hit.id, hit.documentId)
  else notify('That result has no document to open.', 'error')
}

/** Ctrl/⌘+K or `/`: search statements, annotation notes and notes, and jump to a result. */
export function SearchPalette() {
  const [q, setQ] = useState('')
  const [active, setActive] = useState(0)
  const status = useSearch(q)
  const listId = useId()
  const listRef = useRef<HTMLDivElement>(null)
  const hits = status.state === 'done' ? status.hits : NO_HITS
  const { groups, ordered } = useMemo(() => groupHits(hits), [hits])
  const activeIndex = Math.min(active, ordered.length - 1)
  const optionId = (i: number): string => `${listId}-opt-${i}`

  useEffect(() => setActive(0), [hits])
  useEffect(() => {
    if (activeIndex < 0) return
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex])

  const close = (): void => appStore.setState({ searchOpen: false })

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const n = ordered.length
    if (e.key === 'ArrowDown' && n) setActive((activeIndex + 1) % n)
    else if (e.key === 'ArrowUp' && n) setActive((activeIndex - 1 + n) % n)
    else if (e.key === 'Home' && e.ctrlKey && n) setActive(0)
    else if (e.key === 'End' && e.ctrlKey && n) setActive(n - 1)
    else if (e.key === 'Enter') {
      const hit = ordered[activeIndex]
      if (hit) goTo(hit)
    } else if (e.key === 'Escape') {
      // A search input's own Escape only clears the text; the palette's Esc hint promises to close it.
      close()
    } else return
    e.preventDefault()
  }

  const count = ordered.length
  const summary =
    status.state === 'done'
      ? count === 0
        ? `No results for “${q.trim()}”`
        : `${count}${count === LIMIT ? '+' : ''} result${count === 1 ? '' : 's'}`
      : ''
  const coverage = status.state === 'done' ? wordCoverage(status.query, hits) : null

  return (
    <PaletteDialog label="Search" onClose={close} className="search-palette">
      <div className="search-palette__bar">
        <span aria-hidden="true" className="search-palette__icon">
          ⌕
        </span>
        <input
          className="search-palette__input"
          type="search"
          role="combobox"
          aria-label="Search statements, annotations and notes"
          aria-expanded={count > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={count > 0 && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder="Search statements, annotations and notes…"
          autoComplete="off"
          spellCheck={false}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <kbd className="search-palette__esc">Esc</kbd>
      </div>
      <div ref={listRef} id={listId} role="listbox" aria-label="Results" className="search-palette__results">
        {groups.map((g) => (
          <div key={g.kind} role="group" aria-labelledby={`${listId}-${g.kind}`} className="search-group">
            <div id={`${listId}-${g.kind}`} role="presentation" className="search-group__label">
              {KIND_LABEL[g.kind]} <span className="search-group__count">{g.hits.length}</span>
            </div>
            {g.hits.map(({ hit, index }) => (
              <div
                key={`${hit.kind}:${hit.id}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="search-hit"
                onMouseMove={() => index !== activeIndex && setActive(index)}
                onClick={() => goTo(hit)}
              >
                <div className="search-hit__snippet">
                  <HighlightedText text={hit.snippet || hit.title} terms={hit.terms} />
                </div>
                {hit.snippet && hit.title && (
                  <div className="search-hit__title">
                    {hit.speakerName && <span className="search-hit__speaker">{hit.speakerName} · </span>}
                    <HighlightedText text={hit.title} terms={hit.kind === 'note' ? hit.terms : []} />
                  </div>
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="search-palette__footer">
        <span role="status" aria-live="polite">
          {status.state === 'loading' ? 'Searching…' : summary}
          {status.state === 'done' && coverage && (
            <span className="search-palette__hint">
              {coverage === 'all'
                ? ' · Showing results that contain all the words'
                : ' · No result contains all the words; showing those with any of them'}
            </span>
          )}
        </span>
        {status.state === 'idle' && (
          <span>
            Type to search. <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open,{' '}
            <kbd>{formatShortcut('mod+k').join('+')}</kbd> to toggle.
          </span>
        )}
      </div>
    </PaletteDialog>
  )
}
