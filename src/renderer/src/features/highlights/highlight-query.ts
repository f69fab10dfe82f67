import type { AnnotationListInput } from '../../../../shared/api'

export interface HighlightFilter {
  documentId: string
  themeId: string
  speakerId: string
  text: string
}
export const NO_HIGHLIGHT_FILTER: HighlightFilter = { documentId: '', themeId: '', speakerId: '', text: '' }

/** The annotations.list input for the list's filter: empty choices are left out; every match in one request. */
export function highlightQuery(f: HighlightFilter): AnnotationListInput {
  const q: AnnotationListInput = { limit: 100_000 }
  if (f.documentId) q.documentId = f.documentId
  if (f.themeId) q.themeId = f.themeId
  if (f.speakerId) q.speakerId = f.speakerId
  if (f.text.trim()) q.text = f.text.trim()
  return q
}

export const isFiltered = (f: HighlightFilter): boolean =>
  Boolean(f.documentId || f.themeId || f.speakerId || f.text.trim())
