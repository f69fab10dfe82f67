import { memo, useEffect, useId, useRef, useState } from 'react'
import type { DocumentSummary } from '../../../../shared/api'
import type { Speaker, Theme } from '../../../../shared/domain'
import { appStore, type Filter } from '../../app/app-state'
import { DocumentFilterSelect, SpeakerFilterSelect, ThemeFilterSelect } from '../../app/ui/filter-selects'
import { SavedViewPicker } from '../analysis/filter-bar/saved-view-picker'

const TEXT_DEBOUNCE_MS = 250

interface Props {
  filter: Filter
  themes: Theme[]
  speakers: Speaker[]
  documents: DocumentSummary[]
}

const setFilter = (patch: Partial<Filter>): void =>
  appStore.setState((s) => {
    const next: Filter = { ...s.filter, ...patch }
    for (const k of Object.keys(next) as (keyof Filter)[])
      if (next[k] === undefined || next[k] === '') delete next[k]
    if (next.linked === 'any') delete next.linked
    return { filter: next }
  })

export function hasActiveFilter(f: Filter): boolean {
  return Boolean(
    f.themeId || f.speakerId || f.documentId || (f.linked && f.linked !== 'any') || f.text?.trim()
  )
}

/** Filters of the claims table. They live in app state, so the library pane can set them too. */
export const ClaimsFilterBar = memo(function ClaimsFilterBar({ filter, themes, speakers, documents }: Props) {
  const id = useId()
  const [text, setText] = useState(filter.text ?? '')
  const sent = useRef(filter.text ?? '')

  useEffect(() => {
    if ((filter.text ?? '') !== sent.current) {
      sent.current = filter.text ?? ''
      setText(sent.current)
    }
  }, [filter.text])

  useEffect(() => {
    if (text === sent.current) return
    const timer = setTimeout(() => {
      sent.current = text
      setFilter({ text: text.trim() ? text : undefined })
    }, TEXT_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])

  const theme = themes.find((t) => t.id === filter.themeId)
  const speakerName =
    filter.speakerId === 'none' ? 'No speaker' : speakers.find((s) => s.id === filter.speakerId)?.name
  const doc = documents.find((d) => d.id === filter.documentId)
  const chips: { key: keyof Filter; label: string }[] = []
  if (filter.themeId)
    chips.push({ key: 'themeId', label: `Theme: ${theme?.name ?? filter.themeId} (and sub-themes)` })
  if (filter.speakerId) chips.push({ key: 'speakerId', label: `Speaker: ${speakerName ?? filter.speakerId}` })
  if (filter.documentId)
    chips.push({ key: 'documentId', label: `Document: ${doc?.title ?? filter.documentId}` })
  if (filter.linked && filter.linked !== 'any')
    chips.push({ key: 'linked', label: filter.linked === 'linked' ? 'Has links' : 'No links' })
  if (filter.text?.trim()) chips.push({ key: 'text', label: `Text: “${filter.text.trim()}”` })

  return (
    <div className="claims-filters">
      <div className="claims-filters__row" role="group" aria-label="Filter statements">
        <input
          className="input claims-filters__text"
          type="search"
          aria-label="Filter by text"
          placeholder="Filter by text…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <ThemeFilterSelect
          value={filter.themeId}
          onChange={(id) => setFilter({ themeId: id || undefined })}
          options={themes}
        />
        <SpeakerFilterSelect
          value={filter.speakerId}
          onChange={(id) => setFilter({ speakerId: id || undefined })}
          options={speakers}
        />
        <DocumentFilterSelect
          value={filter.documentId}
          onChange={(id) => setFilter({ documentId: id || undefined })}
          options={documents}
        />
        <label className="claims-filters__field">
          <span className="visually-hidden">Links</span>
          <select
            className="input"
            value={filter.linked ?? 'any'}
            onChange={(e) => setFilter({ linked: e.target.value as Filter['linked'] })}
          >
            <option value="any">Linked or not</option>
            <option value="linked">Has links</option>
            <option value="unlinked">No links</option>
          </select>
        </label>
        <SavedViewPicker />
      </div>
      {chips.length > 0 && (
        <div className="claims-filters__chips">
          <span id={`${id}-chips`} className="claims-filters__chips-label">
            Filtered by
          </span>
          <ul aria-labelledby={`${id}-chips`}>
            {chips.map((c) => (
              <li
                key={c.key}
                className="chip"
                style={{ ['--chip' as string]: theme && c.key === 'themeId' ? theme.color : 'var(--accent)' }}
              >
                <span className="chip__label">{c.label}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove filter ${c.label}`}
                  onClick={() => {
                    if (c.key === 'text') setText('')
                    setFilter({ [c.key]: undefined })
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--ghost button--small" onClick={clearFilters}>
            Clear all
          </button>
        </div>
      )}
    </div>
  )
})

export function clearFilters(): void {
  appStore.setState({ filter: {} })
}
