import type { Link } from '../../shared/domain'
import type { RelationEnd, RelationRow, RelationsInput, RelationsResult } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import { statementsMatching } from '../handlers/statements-matching'

/**
 * Every cross-reference as a row, kept when either of its statements passes the filter. Same-claim links join
 * statements into clusters (connected components over every same-claim link, numbered in reading order). Rows go in
 * reading order of their source, a cluster's rows together at its first statement.
 */
export function computeRelations(s: WorkspaceState, input: RelationsInput): RelationsResult {
  const { relation: filterRelation, ...rest } = input.filter ?? {}
  const relation = input.relation ?? filterRelation
  const kept = statementsMatching(s, rest)

  const clusterOf = sameClaimClusters(s)
  const end = (id: string): RelationEnd => {
    const st = s.statements.get(id)
    const doc = st ? s.docs.get(st.documentId)?.document : undefined
    const speakerId = st?.speakerId ?? null
    return {
      id,
      documentId: st?.documentId ?? 'missing',
      text: st?.text ?? '',
      speakerId,
      speakerName: speakerId ? (s.speakers.get(speakerId)?.name ?? null) : null,
      documentTitle: doc?.title ?? '(missing statement)',
      publishedAt: doc?.publishedAt ?? null
    }
  }
  const byRelation: Record<string, number> = {}
  const picked: Link[] = []
  for (const l of s.links.values()) {
    if (kept && !kept.has(l.fromId) && !kept.has(l.toId)) continue
    byRelation[l.relation] = (byRelation[l.relation] ?? 0) + 1
    if (!relation || l.relation === relation) picked.push(l)
  }
  const anchor = (l: Link) => {
    const c = l.relation === 'same-claim' ? clusterOf.get(l.fromId) : undefined
    return c ? c.first : s.position(l.fromId)
  }
  const keyed = picked.map((l) => ({ l, a: anchor(l), f: s.position(l.fromId), t: s.position(l.toId) }))
  keyed.sort((x, y) => x.a - y.a || x.f - y.f || x.t - y.t || x.l.id.localeCompare(y.l.id))
  const rows: RelationRow[] = keyed.map(({ l }) => ({
    id: l.id,
    relation: l.relation,
    from: end(l.fromId),
    to: end(l.toId),
    note: l.note,
    cluster: l.relation === 'same-claim' ? (clusterOf.get(l.fromId)?.number ?? null) : null
  }))
  const clusters = new Set(rows.map((r) => r.cluster).filter((c) => c !== null))
  return { rows, byRelation, clusters: clusters.size }
}

/** Statement → its same-claim cluster: a number (1, 2, … in reading order of the clusters) and its first position. */
function sameClaimClusters(s: WorkspaceState): Map<string, { number: number; first: number }> {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r)!
    for (let y = x; y !== r;) {
      const next = parent.get(y)!
      parent.set(y, r)
      y = next
    }
    return r
  }
  for (const l of s.links.values()) {
    if (l.relation !== 'same-claim') continue
    for (const id of [l.fromId, l.toId]) if (!parent.has(id)) parent.set(id, id)
    const a = find(l.fromId)
    const b = find(l.toId)
    if (a !== b) parent.set(a, b)
  }
  const first = new Map<string, number>()
  for (const id of parent.keys()) {
    const root = find(id)
    first.set(root, Math.min(first.get(root) ?? Number.MAX_SAFE_INTEGER, s.position(id)))
  }
  const numbered = [...first.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
  const numberOf = new Map(numbered.map(([root, pos], i) => [root, { number: i + 1, first: pos }]))
  const out = new Map<string, { number: number; first: number }>()
  for (const id of parent.keys()) out.set(id, numberOf.get(find(id))!)
  return out
}
