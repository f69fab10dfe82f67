import type { Annotation } from '../../shared/domain'
import type { AnnotationListInput, AnnotationRow } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import { statementsInRange } from '../model/statements-in-range'
import { getDocument } from './get-or-not-found'

/** The highlights list: annotations in reading order (documents by date, then by offset), filtered and paged. */
export function listAnnotations(
  s: WorkspaceState,
  f: AnnotationListInput
): { total: number; items: AnnotationRow[] } {
  const bundles = f.documentId ? [getDocument(s, f.documentId)] : s.documentOrder()
  let themes: Set<string> | null = null
  if (f.themeId) {
    themes = new Set()
    for (const t of s.themeWithDescendants(f.themeId))
      for (const id of s.annotationsByTheme.get(t) ?? []) themes.add(id)
  }
  const text = f.text?.trim().toLowerCase()
  const offset = f.offset ?? 0
  const end = offset + (f.limit ?? 500)
  const items: AnnotationRow[] = []
  let total = 0
  for (const bundle of bundles) {
    for (const a of bundle.annotations) {
      if (themes && !themes.has(a.id)) continue
      if (text && !a.quote.exact.toLowerCase().includes(text) && !a.notePlain.toLowerCase().includes(text))
        continue
      if (f.speakerId && !spokenBy(s, a, f.speakerId)) continue
      if (total >= offset && total < end) items.push(toAnnotationRow(s, a))
      total++
    }
  }
  return { total, items }
}

/** True when a statement the annotation touches is by the speaker; "none": no statement it touches is attributed. */
function spokenBy(s: WorkspaceState, a: Annotation, speakerId: string): boolean {
  const bundle = s.docs.get(a.documentId)
  const speakers = (bundle ? statementsInRange(bundle.statements, a.start, a.end) : []).map(
    (st) => st.speakerId
  )
  return speakerId === 'none' ? speakers.every((id) => !id) : speakers.includes(speakerId)
}

export function toAnnotationRow(s: WorkspaceState, a: Annotation): AnnotationRow {
  const bundle = s.docs.get(a.documentId)
  const touched = bundle ? statementsInRange(bundle.statements, a.start, a.end) : []
  const spoken = touched.find((st) => st.speakerId)
  const speakerId = spoken?.speakerId ?? null
  return {
    id: a.id,
    documentId: a.documentId,
    documentTitle: bundle?.document.title ?? '',
    start: a.start,
    end: a.end,
    quote: a.quote.exact,
    note: a.notePlain,
    themeIds: a.themeIds,
    statementId: touched[0]?.id ?? null,
    speakerId,
    speakerName: speakerId ? (s.speakers.get(speakerId)?.name ?? null) : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt
  }
}
