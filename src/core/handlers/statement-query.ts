import type { Statement } from '../../shared/domain'
import type { StatementFilter } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'

const intersect = (a: Set<string> | null, b: Set<string>): Set<string> => {
  if (!a) return b
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  const out = new Set<string>()
  for (const x of small) if (big.has(x)) out.add(x)
  return out
}

/** Filters and sorts statements using the state's indexes; cost follows the matching set, not the workspace. */
export function queryStatements(
  s: WorkspaceState,
  f: StatementFilter
): { total: number; items: Statement[] } {
  let set: Set<string> | null = null
  if (f.themeId) {
    const union = new Set<string>()
    for (const t of s.themeWithDescendants(f.themeId))
      for (const id of s.statementsByTheme.get(t) ?? []) union.add(id)
    set = union
  }
  if (f.speakerId) set = intersect(set, s.statementsBySpeaker.get(f.speakerId) ?? new Set())
  if (f.documentId) set = intersect(set, new Set(s.docs.get(f.documentId)?.statements.map((x) => x.id) ?? []))

  const text = f.text?.trim().toLowerCase()
  const linked = f.linked ?? 'any'
  const keep = (st: Statement): boolean => {
    if (text && !st.text.toLowerCase().includes(text)) return false
    if (linked !== 'any') {
      const has = (s.linksByStatement.get(st.id)?.size ?? 0) > 0
      if (has !== (linked === 'linked')) return false
    }
    return true
  }

  const sort = f.sort ?? 'position'
  const offset = f.offset ?? 0
  const limit = f.limit ?? 500
  const ids = set === null ? s.statementOrder() : sort === 'position' ? s.inReadingOrder(set) : [...set]

  // In reading order with nothing to test per statement: just the page (a claims page costs its 200 rows).
  if (sort === 'position' && !text && linked === 'any') {
    const page: Statement[] = []
    for (let i = offset; i < Math.min(ids.length, offset + limit); i++)
      page.push(s.statements.get(ids[f.descending ? ids.length - 1 - i : i]!)!)
    return { total: ids.length, items: page }
  }

  let items: Statement[] = []
  for (const id of ids) {
    const st = s.statements.get(id)
    if (st && keep(st)) items.push(st)
  }
  if (sort !== 'position') items = sortStatements(s, items, sort)
  if (f.descending) items.reverse()
  return { total: items.length, items: items.slice(offset, offset + limit) }
}

function sortStatements(
  s: WorkspaceState,
  items: Statement[],
  key: NonNullable<StatementFilter['sort']>
): Statement[] {
  const pos = (st: Statement) => s.position(st.id)
  const keyed = items.map((st) => ({ st, k: sortKey(s, st, key), p: pos(st) }))
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.p - b.p))
  return keyed.map((x) => x.st)
}

function sortKey(
  s: WorkspaceState,
  st: Statement,
  key: NonNullable<StatementFilter['sort']>
): string | number {
  switch (key) {
    case 'position':
      return s.position(st.id)
    case 'document':
      return s.docs.get(st.documentId)?.document.title.toLowerCase() ?? ''
    case 'date':
      return s.docs.get(st.documentId)?.document.publishedAt ?? ''
    case 'speaker':
      return st.speakerId ? (s.speakers.get(st.speakerId)?.name.toLowerCase() ?? '') : '\uffff'
    case 'text':
      return st.text.toLowerCase()
    case 'themes':
      return (
        st.themeIds
          .map((t) => s.themes.get(t)?.name.toLowerCase() ?? '')
          .sort()
          .join(',') || '\uffff'
      )
    case 'links':
      return -(s.linksByStatement.get(st.id)?.size ?? 0)
  }
}
