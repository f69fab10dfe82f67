import type { AnalysisFilter, StatementFilter } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'

const intersect = (a: Set<string> | null, b: ReadonlySet<string>): Set<string> => {
  if (!a) return new Set(b)
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  const out = new Set<string>()
  for (const x of small) if (big.has(x)) out.add(x)
  return out
}

/**
 * The statements a filter keeps, from the state's indexes (cost follows the sets involved, not the workspace),
 * or null when it keeps every statement. Singular and list fields narrow together: `themeId` and `themeIds`
 * both apply.
 */
export function statementsMatching(
  s: WorkspaceState,
  f: StatementFilter | AnalysisFilter
): Set<string> | null {
  const one = f as StatementFilter
  let set: Set<string> | null = null
  const anyOf = (ids: readonly string[], members: (id: string) => Iterable<string>): Set<string> => {
    const union = new Set<string>()
    for (const id of ids) for (const m of members(id)) union.add(m)
    return union
  }
  const coding = f.coding ?? 'any'
  const coded = (themeId: string): Iterable<string> => {
    const out: string[] = []
    for (const t of s.themeWithDescendants(themeId)) {
      if (coding === 'statement') out.push(...(s.statementsByTheme.get(t) ?? []))
      else if (coding === 'any') out.push(...s.codedStatements(t).keys())
      else
        for (const [id, n] of s.codedStatements(t))
          if (n > (s.statementsByTheme.get(t)?.has(id) ? 1 : 0)) out.push(id)
    }
    return out
  }
  if (one.themeId) set = intersect(set, anyOf([one.themeId], coded))
  if (f.themeIds?.length) set = intersect(set, anyOf(f.themeIds, coded))
  for (const t of f.allThemeIds ?? []) set = intersect(set, anyOf([t], coded))
  const bySpeaker = (id: string) => s.statementsBySpeaker.get(id) ?? []
  if (one.speakerId) set = intersect(set, anyOf([one.speakerId], bySpeaker))
  if (f.speakerIds?.length) set = intersect(set, anyOf(f.speakerIds, bySpeaker))
  const inDocument = (id: string) => (s.docs.get(id)?.statements ?? []).map((x) => x.id)
  if (one.documentId) set = intersect(set, anyOf([one.documentId], inDocument))
  if (f.documentIds?.length) set = intersect(set, anyOf(f.documentIds, inDocument))
  if (f.from || f.to) {
    const from = f.from ?? '0000-00-00'
    const to = f.to ?? '9999-99-99'
    const dated = [...s.docs.values()]
      .filter((d) => {
        const day = d.document.publishedAt?.slice(0, 10)
        return day !== undefined && day >= from && day <= to
      })
      .map((d) => d.document.id)
    set = intersect(set, anyOf(dated, inDocument))
  }
  if (f.relation) {
    const ends = new Set<string>()
    for (const l of s.links.values())
      if (l.relation === f.relation) {
        ends.add(l.fromId)
        ends.add(l.toId)
      }
    set = intersect(set, ends)
  }
  return set
}
