import type { TimelineInput, TimelineView } from '../../shared/api'
import type { Statement } from '../../shared/domain'
import type { WorkspaceState } from '../model/workspace-state'
import { statementsMatching } from '../handlers/statements-matching'

const DEFAULT_MAX_LANES = 12

/** Milliseconds since the epoch of a date (midnight UTC) or a timestamp; null when there is none. */
export function dayTime(publishedAt: string | null): number | null {
  if (!publishedAt) return null
  const t = Date.parse(publishedAt.length === 10 ? `${publishedAt}T00:00:00Z` : publishedAt)
  return Number.isNaN(t) ? null : t
}

/** The top-level theme of each theme. */
function rootsOf(s: WorkspaceState): Map<string, string> {
  const roots = new Map<string, string>()
  const rootOf = (id: string): string => {
    const known = roots.get(id)
    if (known) return known
    const seen = new Set<string>()
    let at = id
    for (;;) {
      const parent = s.themes.get(at)?.parentId
      if (!parent || !s.themes.has(parent) || seen.has(parent)) break
      seen.add(at)
      at = parent
    }
    roots.set(id, at)
    return at
  }
  for (const id of s.themes.keys()) rootOf(id)
  return roots
}

/**
 * Statements the filter keeps, as points in time in lanes: by speaker, or by top-level theme (a statement coded
 * under two is in both lanes; one coded under none is in "No theme"). The least used lanes past `maxLanes` share
 * one "Others" lane. Statements of undated documents are counted, not placed.
 */
export function timelineOf(s: WorkspaceState, input: TimelineInput): TimelineView {
  const keep = statementsMatching(s, input.filter ?? {})
  const byTheme = (input.lanes ?? 'speaker') === 'theme'
  const maxLanes = input.maxLanes ?? DEFAULT_MAX_LANES

  const rootsByStatement = new Map<string, string[]>()
  if (byTheme) {
    const roots = rootsOf(s)
    for (const [themeId, coded] of s.codingsByTheme) {
      const root = roots.get(themeId)
      if (!root) continue
      for (const id of coded.keys()) {
        if (keep !== null && !keep.has(id)) continue
        const list = rootsByStatement.get(id)
        if (!list) rootsByStatement.set(id, [root])
        else if (!list.includes(root)) list.push(root)
      }
    }
  }

  const rawIds: string[] = []
  const rawTimes: number[] = []
  const rawKeys: string[] = []
  const rawDocs: string[] = []
  let undated = 0
  let total = 0
  const NONE = ['none']
  const place = (st: Statement, day: number) => {
    const time = day + (st.time?.startMs ?? 0)
    if (!byTheme) {
      rawIds.push(st.id)
      rawTimes.push(time)
      rawKeys.push(st.speakerId ?? 'none')
      rawDocs.push(st.documentId)
      return
    }
    for (const key of rootsByStatement.get(st.id) ?? NONE) {
      rawIds.push(st.id)
      rawTimes.push(time)
      rawKeys.push(key)
      rawDocs.push(st.documentId)
    }
  }
  // Document by document (each dated once); a small filtered set by its own ids instead.
  if (keep === null || keep.size > s.statements.size / 8) {
    for (const { document, statements } of s.documentOrder()) {
      const day = dayTime(document.publishedAt)
      for (const st of statements) {
        if (keep !== null && !keep.has(st.id)) continue
        total++
        if (day === null) undated++
        else place(st, day)
      }
    }
  } else {
    const docTime = new Map<string, number | null>()
    for (const id of s.inReadingOrder(keep)) {
      const st = s.statements.get(id)!
      let day = docTime.get(st.documentId)
      if (day === undefined) {
        day = dayTime(s.docs.get(st.documentId)?.document.publishedAt ?? null)
        docTime.set(st.documentId, day)
      }
      total++
      if (day === null) undated++
      else place(st, day)
    }
  }

  const counts = new Map<string, number>()
  for (const k of rawKeys) counts.set(k, (counts.get(k) ?? 0) + 1)
  const labelOf = (key: string): string =>
    key === 'none'
      ? byTheme
        ? 'No theme'
        : 'No speaker'
      : ((byTheme ? s.themes.get(key)?.name : s.speakers.get(key)?.name) ?? key)
  const ranked = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || labelOf(a).localeCompare(labelOf(b))
  )
  const own = ranked.length <= maxLanes ? ranked : ranked.slice(0, maxLanes - 1)
  const lanes: TimelineView['lanes'] = own.map((key) => ({
    key,
    label: labelOf(key),
    color: byTheme && key !== 'none' ? (s.themes.get(key)?.color ?? null) : null,
    count: counts.get(key)!
  }))
  const laneIndex = new Map(own.map((k, i) => [k, i]))
  if (ranked.length > own.length) {
    let rest = 0
    for (const k of ranked.slice(own.length)) rest += counts.get(k)!
    lanes.push({ key: 'other', label: `Others (${ranked.length - own.length})`, color: null, count: rest })
  }

  const documents: TimelineView['documents'] = []
  const docIndex = new Map<string, number>()
  const laneOf = new Array<number>(rawKeys.length)
  const docOf = new Array<number>(rawDocs.length)
  for (let i = 0; i < rawKeys.length; i++) {
    laneOf[i] = laneIndex.get(rawKeys[i]!) ?? own.length
    const d = rawDocs[i]!
    let di = docIndex.get(d)
    if (di === undefined) {
      di = documents.length
      docIndex.set(d, di)
      documents.push({ id: d, title: s.docs.get(d)?.document.title ?? d })
    }
    docOf[i] = di
  }
  return {
    lanes,
    documents,
    points: {
      ...(input.ids === false ? {} : { statementIds: rawIds }),
      times: rawTimes,
      lanes: laneOf,
      documents: docOf
    },
    undated,
    total
  }
}
