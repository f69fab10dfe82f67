import type { Statement } from '../../shared/domain'
import type { StatementFilter } from '../../shared/api'
import type { Change } from '../model/change'
import type { WorkspaceState } from '../model/workspace-state'
import type { StatementQueryCache } from './statement-query-cache'
import { statementsMatching } from './statements-matching'

/**
 * Filters and sorts statements using the state's indexes; cost follows the matching set, not the workspace.
 * With a cache, a filtered or sorted list is kept until a change it depends on, so the next page is a slice.
 */
export function queryStatements(
  s: WorkspaceState,
  f: StatementFilter,
  cache?: StatementQueryCache
): { total: number; items: Statement[] } {
  const sort = f.sort ?? 'position'
  const text = f.text?.trim().toLowerCase()
  const linked = f.linked ?? 'any'
  const offset = f.offset ?? 0
  const end = offset + (f.limit ?? 500)
  const at = <T>(list: readonly T[], i: number): T => list[f.descending ? list.length - 1 - i : i]!

  // In reading order with nothing to test per statement: just the page (a claims page costs its 200 rows).
  if (sort === 'position' && !text && linked === 'any') {
    const ids = matchingIds(s, f)
    const page: Statement[] = []
    for (let i = offset; i < Math.min(ids.length, end); i++) page.push(s.statements.get(at(ids, i))!)
    return { total: ids.length, items: page }
  }

  const { offset: _o, limit: _l, descending: _d, ...what } = f
  const key = JSON.stringify(what)
  const stamp = dependencies(f)
    .map((kind) => s.revision(kind))
    .join()
  let items = cache?.get(key, stamp)
  if (!items) {
    const keep = (st: Statement): boolean => {
      if (text && !st.text.toLowerCase().includes(text)) return false
      if (linked !== 'any') {
        const has = (s.linksByStatement.get(st.id)?.size ?? 0) > 0
        if (has !== (linked === 'linked')) return false
      }
      return true
    }
    items = []
    for (const id of matchingIds(s, f)) {
      const st = s.statements.get(id)
      if (st && keep(st)) items.push(st)
    }
    if (sort !== 'position') items = sortStatements(s, items, sort)
    cache?.set(key, stamp, items)
  }
  const page: Statement[] = []
  for (let i = offset; i < Math.min(items.length, end); i++) page.push(at(items, i))
  return { total: items.length, items: page }
}

/** Ids of the statements the filter keeps (see statementsMatching); in reading order for `position`. */
function matchingIds(s: WorkspaceState, f: StatementFilter): readonly string[] {
  const set = statementsMatching(s, f)
  if (set === null) return s.statementOrder()
  return (f.sort ?? 'position') === 'position' ? s.inReadingOrder(set) : [...set]
}

/** The kinds of change that can alter a query's list: what it filters and sorts by, beyond the statements. */
function dependencies(f: StatementFilter): Change['kind'][] {
  const kinds: Change['kind'][] = ['document', 'statement']
  if (f.themeId || f.themeIds?.length || f.allThemeIds?.length || f.sort === 'themes')
    kinds.push('theme', 'annotation')
  if (f.sort === 'speaker') kinds.push('speaker')
  if ((f.linked ?? 'any') !== 'any' || f.relation || f.sort === 'links') kinds.push('link')
  if (f.sort === 'annotations') kinds.push('annotation')
  return kinds
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
      // What the column shows: every theme coding it, whole or through a highlight.
      return (
        [...new Set(s.codingsOf(st.id).map((c) => c.themeId))]
          .map((t) => s.themes.get(t)?.name.toLowerCase() ?? '')
          .sort()
          .join(',') || '\uffff'
      )
    case 'links':
      return s.linksByStatement.get(st.id)?.size ?? 0
    case 'annotations':
      return s.annotationsByStatement.get(st.id)?.size ?? 0
  }
}
