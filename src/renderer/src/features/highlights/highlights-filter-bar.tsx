import { useEffect, useState } from 'react'
import type { DocumentSummary } from '../../../../shared/api'
import type { Speaker, Theme } from '../../../../shared/domain'
import { themeTree } from '../claims/theme-options'
import type { HighlightFilter } from './highlight-query'

const TEXT_DEBOUNCE_MS = 200

interface Props {
  filter: HighlightFilter
  onChange(patch: Partial<HighlightFilter>): void
  themes: Theme[]
  speakers: Speaker[]
  documents: DocumentSummary[]
}

/** Search over quotes and notes, and a document, theme and speaker to narrow the highlights to. */
export function HighlightsFilterBar({ filter, onChange, themes, speakers, documents }: Props) {
  const [text, setText] = useState(filter.text)
  useEffect(() => {
    if (text === filter.text) return
    const timer = setTimeout(() => onChange({ text }), TEXT_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, filter.text, onChange])

  return (
    <div className="claims-filters__row" role="group" aria-label="Filter highlights">
      <input
        className="input claims-filters__text"
        type="search"
        aria-label="Search quotes and notes"
        placeholder="Search quotes and notes…"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="claims-filters__field">
        <span className="visually-hidden">Document</span>
        <select
          className="input"
          value={filter.documentId}
          onChange={(e) => onChange({ documentId: e.target.value })}
        >
          <option value="">Any document</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label className="claims-filters__field">
        <span className="visually-hidden">Theme</span>
        <select
          className="input"
          value={filter.themeId}
          onChange={(e) => onChange({ themeId: e.target.value })}
        >
          <option value="">Any theme</option>
          {themeTree(themes).map(({ theme: t, depth }) => (
            <option key={t.id} value={t.id}>
              {'\u2003'.repeat(depth)}
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="claims-filters__field">
        <span className="visually-hidden">Speaker</span>
        <select
          className="input"
          value={filter.speakerId}
          onChange={(e) => onChange({ speakerId: e.target.value })}
        >
          <option value="">Any speaker</option>
          <option value="none">No speaker</option>
          {[...speakers]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </select>
      </label>
    </div>
  )
}
