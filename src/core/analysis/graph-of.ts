import {
  ApiError,
  DEFAULT_GRAPH_LIMIT,
  type GraphGroup,
  type GraphInput,
  type GraphView
} from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import { statementsMatching } from '../handlers/statements-matching'

const LABEL_LENGTH = 90

export const shortLabel = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length <= LABEL_LENGTH ? t : `${t.slice(0, LABEL_LENGTH - 1).trimEnd()}…`
}

/**
 * Statements and their links under a filter. Without a focus: every statement with a link to another the filter
 * keeps, best-linked first. With one: a breadth-first walk over links from the statement (or from each linked
 * statement of the speaker), through statements the filter keeps, up to `hops` links away, nearest first.
 * Past the limit the rest are left out (`truncated`), and so are the edges to them.
 */
export function graphOf(s: WorkspaceState, input: GraphInput): GraphView {
  const keep = statementsMatching(s, input.filter ?? {})
  const inFilter = (id: string) => s.statements.has(id) && (keep === null || keep.has(id))
  const limit = input.limit ?? DEFAULT_GRAPH_LIMIT
  const degree = (id: string) => s.linksByStatement.get(id)?.size ?? 0
  const otherEnd = (linkId: string, from: string): string => {
    const l = s.links.get(linkId)!
    return l.fromId === from ? l.toId : l.fromId
  }

  let order: string[]
  if (input.focus) {
    const { statementId, speakerId, hops } = input.focus
    let seeds: string[]
    if (statementId) {
      if (!s.statements.has(statementId))
        throw new ApiError('NOT_FOUND', `no statement with id "${statementId}"`)
      seeds = [statementId]
    } else {
      if (speakerId !== 'none' && !s.speakers.has(speakerId!))
        throw new ApiError('NOT_FOUND', `no speaker with id "${speakerId}"`)
      const own = new Set([...(s.statementsBySpeaker.get(speakerId!) ?? [])].filter((id) => degree(id) > 0))
      seeds = s.inReadingOrder(own).filter(inFilter)
    }
    const seen = new Set(seeds)
    order = [...seeds]
    let frontier = seeds
    for (let hop = 0; hop < hops && frontier.length > 0 && order.length <= limit; hop++) {
      const next: string[] = []
      for (const id of frontier)
        for (const lid of s.linksByStatement.get(id) ?? []) {
          const other = otherEnd(lid, id)
          if (seen.has(other) || !inFilter(other)) continue
          seen.add(other)
          next.push(other)
        }
      order.push(...next)
      frontier = next
    }
  } else {
    const ends = new Set<string>()
    for (const l of s.links.values())
      if (inFilter(l.fromId) && inFilter(l.toId)) {
        ends.add(l.fromId)
        ends.add(l.toId)
      }
    order = s.inReadingOrder(ends)
    const position = new Map(order.map((id, i) => [id, i]))
    order.sort((a, b) => degree(b) - degree(a) || position.get(a)! - position.get(b)!)
  }

  const kept = order.slice(0, limit)
  const keptSet = new Set(kept)
  const groupBy = input.groupBy ?? 'speaker'
  const groups = new Map<string, GraphGroup>()
  const groupOf = (speakerId: string | null, documentId: string): string | null => {
    if (groupBy === 'none') return null
    const id = groupBy === 'speaker' ? `speaker:${speakerId ?? 'none'}` : `document:${documentId}`
    if (!groups.has(id))
      groups.set(
        id,
        groupBy === 'speaker'
          ? {
              id,
              kind: 'speaker',
              refId: speakerId,
              label: speakerId ? (s.speakers.get(speakerId)?.name ?? speakerId) : 'No speaker'
            }
          : {
              id,
              kind: 'document',
              refId: documentId,
              label: s.docs.get(documentId)?.document.title ?? documentId
            }
      )
    return id
  }
  const nodes: GraphView['nodes'] = kept.map((id) => {
    const st = s.statements.get(id)!
    return {
      id,
      label: shortLabel(st.text),
      documentId: st.documentId,
      speakerId: st.speakerId,
      group: groupOf(st.speakerId, st.documentId),
      degree: degree(id)
    }
  })
  const edges: GraphView['edges'] = []
  for (const id of kept)
    for (const lid of s.linksByStatement.get(id) ?? []) {
      const l = s.links.get(lid)!
      if (l.fromId === id && keptSet.has(l.toId))
        edges.push({ id: l.id, source: l.fromId, target: l.toId, relation: l.relation })
    }
  return { nodes, groups: [...groups.values()], edges, total: order.length, truncated: order.length > limit }
}
