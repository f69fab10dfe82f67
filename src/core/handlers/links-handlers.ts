import type { Link } from '../../shared/domain'
import { ApiError, type NamespaceHandlers } from '../../shared/api'
import { newId } from '../model/new-id'
import type { Workspace } from '../workspace'
import { getStatement } from './get-or-not-found'
import { toLinkView } from './to-api-views'

export function linksHandlers(ws: Workspace): NamespaceHandlers<'links'> {
  const s = ws.state
  const get = (id: string): Link => {
    const l = s.links.get(id)
    if (!l) throw new ApiError('NOT_FOUND', `no link with id "${id}"`)
    return l
  }
  return {
    'links.list': (input) =>
      ws.read(() => {
        const ids = input.statementId
          ? [...(s.linksByStatement.get(input.statementId) ?? [])]
          : [...s.links.keys()]
        return ids.map((id) => toLinkView(s, s.links.get(id)!))
      }),

    'links.create': (input) =>
      ws.mutate(`Link (${input.relation})`, () => {
        getStatement(s, input.fromId)
        getStatement(s, input.toId)
        if (input.fromId === input.toId)
          throw new ApiError('INVALID_INPUT', 'links.create: a statement cannot be linked to itself')
        for (const id of s.linksByStatement.get(input.fromId) ?? []) {
          const l = s.links.get(id)!
          if (l.fromId === input.fromId && l.toId === input.toId && l.relation === input.relation)
            throw new ApiError('CONFLICT', `these statements are already linked as “${input.relation}”`)
        }
        const { by, at } = s.stamp()
        const link: Link = {
          id: newId('ln'),
          fromId: input.fromId,
          toId: input.toId,
          relation: input.relation,
          note: input.note ?? '',
          ...(by !== null && { createdBy: by }),
          createdAt: at
        }
        return { changes: [{ kind: 'link', before: null, after: link }], result: link }
      }),

    'links.update': (input) =>
      ws.mutate('Edit link', () => {
        const before = get(input.id)
        const after: Link = {
          ...before,
          relation: input.relation ?? before.relation,
          note: input.note ?? before.note
        }
        return { changes: [{ kind: 'link', before, after }], result: after }
      }),

    'links.delete': (input) =>
      ws.mutate('Delete link', () => ({
        changes: [{ kind: 'link', before: get(input.id), after: null }],
        result: { ok: true as const }
      }))
  }
}
