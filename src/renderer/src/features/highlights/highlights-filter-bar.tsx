import { useEffect, useState } from 'react'
import type { DocumentSummary } from '../../../../shared/api'
import type { Speaker, Theme } from '../../../../shared/domain'
import { DocumentFilterSelect, SpeakerFilterSelect, ThemeFilterSelect } from '../../app/ui/filter-selects'
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
      <DocumentFilterSelect
        value={filter.documentId}
        onChange={(id) => onChange({ documentId: id })}
        options={documents}
      />
      <ThemeFilterSelect
        value={filter.themeId}
        onChange={(id) => onChange({ themeId: id })}
        options={themes}
      />
      <SpeakerFilterSelect
        value={filter.speakerId}
        onChange={(id) => onChange({ speakerId: id })}
        options={speakers}
      />
    </div>
  )
}
