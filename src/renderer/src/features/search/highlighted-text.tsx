import { memo } from 'react'
import { splitHighlights } from './highlight-terms'

/** Text with each occurrence of `terms` wrapped in <mark>, rendered as React text nodes (never as HTML). */
export const HighlightedText = memo(function HighlightedText({
  text,
  terms
}: {
  text: string
  terms: string[]
}) {
  return (
    <>
      {splitHighlights(text, terms).map((s, i) =>
        s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>
      )}
    </>
  )
})
