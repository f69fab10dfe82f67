import type { SearchHit, SearchKind } from '../../../../shared/api'

export const KIND_ORDER: SearchKind[] = ['statement', 'annotation', 'note']
export const KIND_LABEL: Record<SearchKind, string> = {
  statement: 'Statements',
  annotation: 'Annotations',
  note: 'Notes'
}

export interface HitGroup {
  kind: SearchKind
  hits: { hit: SearchHit; index: number }[]
}

/** Groups hits by kind in a fixed order, numbering them in display order for keyboard navigation. */
export function groupHits(hits: readonly SearchHit[]): { groups: HitGroup[]; ordered: SearchHit[] } {
  const groups: HitGroup[] = []
  const ordered: SearchHit[] = []
  for (const kind of KIND_ORDER) {
    const ofKind = hits.filter((h) => h.kind === kind)
    if (ofKind.length === 0) continue
    groups.push({ kind, hits: ofKind.map((hit) => ({ hit, index: ordered.push(hit) - 1 })) })
  }
  return { groups, ordered }
}
