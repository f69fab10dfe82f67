/** Test helper (not shipped): a sizeable workspace made of copies of a small one. */
import type { WorkspaceSnapshot } from '../../../../shared/domain'

/**
 * `snapshot` with its documents, links and notes repeated `n` times: in copy k every document, statement,
 * annotation, link and note id (and every reference to one) gets the suffix `-ck`; themes, speakers and coders
 * are shared.
 */
export function copiesOf(snapshot: WorkspaceSnapshot, n: number): WorkspaceSnapshot {
  const ids = new Set<string>([
    ...snapshot.documents.flatMap(({ document, statements, annotations }) => [
      document.id,
      ...statements.map((s) => s.id),
      ...annotations.map((a) => a.id)
    ]),
    ...snapshot.links.map((l) => l.id),
    ...snapshot.notes.map((x) => x.id)
  ])
  const renamed = <T>(value: T, k: number): T => {
    if (typeof value === 'string') return (ids.has(value) ? `${value}-c${k}` : value) as T
    if (Array.isArray(value)) return value.map((v) => renamed(v, k)) as T
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, renamed(v, k)])) as T
    return value
  }
  const copies = Array.from({ length: n }, (_, k) => k)
  return {
    ...snapshot,
    documents: copies.flatMap((k) => renamed(snapshot.documents, k)),
    links: copies.flatMap((k) => renamed(snapshot.links, k)),
    notes: copies.flatMap((k) => renamed(snapshot.notes, k))
  }
}
