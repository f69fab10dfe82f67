import { ApiError, type SpeakersInput, type SpeakersView } from '../../shared/api'
import type { Relation } from '../../shared/domain'
import type { WorkspaceState } from '../model/workspace-state'
import { statementsMatching } from '../handlers/statements-matching'

const countCommon = (
  a: ReadonlySet<string>,
  b: { has(id: string): boolean; keys(): Iterable<string>; size: number }
) => {
  let n = 0
  if (a.size <= b.size) {
    for (const id of a) if (b.has(id)) n++
  } else for (const id of b.keys()) if (a.has(id)) n++
  return n
}

/**
 * Speakers side by side under a filter: each one's statements, how many of them each theme codes, and the links
 * from a statement of one chosen speaker to a statement of another (or the same one), by relation.
 */
export function speakerProfiles(s: WorkspaceState, input: SpeakersInput): SpeakersView {
  const chosen = [...new Set(input.speakerIds)]
  if (chosen.length < 2)
    throw new ApiError('INVALID_INPUT', 'speakerIds: choose two or more different speakers')
  for (const id of chosen)
    if (id !== 'none' && !s.speakers.has(id)) throw new ApiError('NOT_FOUND', `no speaker with id "${id}"`)
  const keep = statementsMatching(s, input.filter ?? {})
  const own = new Map<string, Set<string>>()
  for (const id of chosen) {
    const all = s.statementsBySpeaker.get(id) ?? new Set<string>()
    own.set(id, keep === null ? new Set(all) : new Set([...all].filter((x) => keep.has(x))))
  }

  const speakers: SpeakersView['speakers'] = chosen.map((id) => ({
    id,
    name: id === 'none' ? 'No speaker' : s.speakers.get(id)!.name,
    total: own.get(id)!.size,
    themes: {}
  }))
  const usage = new Map<string, number>()
  for (const [themeId, coded] of s.codingsByTheme) {
    if (!s.themes.has(themeId)) continue
    for (const p of speakers) {
      const n = countCommon(own.get(p.id)!, coded)
      if (n === 0) continue
      p.themes[themeId] = n
      usage.set(themeId, (usage.get(themeId) ?? 0) + n)
    }
  }
  const themes = [...usage.keys()]
    .sort(
      (a, b) => usage.get(b)! - usage.get(a)! || s.themes.get(a)!.name.localeCompare(s.themes.get(b)!.name)
    )
    .map((id) => {
      const t = s.themes.get(id)!
      return { id, name: t.name, color: t.color }
    })

  const speakerOf = new Map<string, string>()
  for (const [id, set] of own) for (const st of set) speakerOf.set(st, id)
  const counts = new Map<string, { fromId: string; toId: string; relation: Relation; count: number }>()
  for (const [from, set] of own)
    for (const st of set)
      for (const lid of s.linksByStatement.get(st) ?? []) {
        const l = s.links.get(lid)!
        const to = l.fromId === st ? speakerOf.get(l.toId) : undefined
        if (to === undefined) continue
        const key = `${from}\n${to}\n${l.relation}`
        const c = counts.get(key)
        if (c) c.count++
        else counts.set(key, { fromId: from, toId: to, relation: l.relation, count: 1 })
      }
  const rank = new Map(chosen.map((id, i) => [id, i]))
  const links = [...counts.values()].sort(
    (a, b) =>
      rank.get(a.fromId)! - rank.get(b.fromId)! ||
      rank.get(a.toId)! - rank.get(b.toId)! ||
      a.relation.localeCompare(b.relation)
  )
  return { speakers, themes, links }
}
