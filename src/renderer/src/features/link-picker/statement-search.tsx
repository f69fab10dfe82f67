import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { api } from '../../api'
import type { Speaker } from '../../../../shared/domain'
import { plural } from '../themes/plural'

export interface Candidate {
  id: string
  documentId: string
  text: string
  documentTitle: string
  speakerId: string | null
  /** Known already when the candidate came from word search (which carries no speaker id). */
  speakerName?: string | null
}

interface StatementSearchProps {
  excludeId: string
  speakers: Speaker[]
  onPick(candidate: Candidate): void
}

const LIMIT = 40

/** Finds statements to link to: a substring match with speaker and source, falling back to word search. */
async function findStatements(q: string, excludeId: string): Promise<Candidate[]> {
  const text = q.trim()
  const rows = await api['statements.list']({ text: text || undefined, limit: LIMIT + 1 })
  let items: Candidate[] = rows.items
  if (text && items.length === 0) {
    const { hits } = await api['search.query']({ q: text, kinds: ['statement'], limit: LIMIT })
    items = hits.map((h) => ({
      id: h.id,
      documentId: h.documentId ?? '',
      text: h.snippet,
      documentTitle: h.title,
      speakerId: null,
      speakerName: h.speakerName ?? null
    }))
  }
  return items.filter((c) => c.id !== excludeId).slice(0, LIMIT)
}

/** Type-ahead over all statements, as an ARIA combobox with a listbox of results; Enter picks. */
export function StatementSearch({ excludeId, speakers, onPick }: StatementSearchProps) {
  const [q, setQ] = useState('')
  const [results, setResults] = useState<Candidate[] | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const listId = useId()

  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      findStatements(q, excludeId).then(
        (r) => {
          if (!live) return
          setResults(r)
          setFailed(null)
          setActive(0)
        },
        (err: unknown) => live && setFailed(err instanceof Error ? err.message : String(err))
      )
    }, 140)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [q, excludeId])

  const speakerName = (id: string | null) => (id ? speakers.find((s) => s.id === id)?.name : undefined)
  const list = results ?? []
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, list.length - 1))
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
    else if (e.key === 'Enter' && list[active]) onPick(list[active]!)
    else return
    e.preventDefault()
  }
  const optionId = (i: number) => `${listId}-${i}`

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active])

  return (
    <div className="statement-search">
      <input
        className="input statement-search__input"
        role="combobox"
        aria-label="Find the statement to link to"
        aria-expanded={list.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={list[active] ? optionId(active) : undefined}
        placeholder="Type words from the statement…"
        value={q}
        autoFocus
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching statements"
        className="statement-search__list"
        hidden={list.length === 0}
      >
        {list.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="statement-search__option"
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(c)}
          >
            <span className="statement-search__text">{c.text}</span>
            <span className="statement-search__meta">
              {[c.speakerName ?? speakerName(c.speakerId), c.documentTitle].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <p className="statement-search__status" aria-live="polite">
        {failed
          ? `Search failed: ${failed}`
          : results === null
            ? 'Searching…'
            : list.length === 0
              ? 'No statement matches. Try fewer or other words.'
              : `${list.length === LIMIT ? `${LIMIT}+ statements` : plural(list.length, 'statement')} — ↑↓ to choose, Enter to pick`}
      </p>
    </div>
  )
}
