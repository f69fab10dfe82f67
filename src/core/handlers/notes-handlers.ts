import { collectRefs, emptyRichDoc, richTextToPlain, type Note, type RichDoc } from '../../shared/domain'
import { ApiError, type NamespaceHandlers } from '../../shared/api'
import { newId, nowIso } from '../model/new-id'
import type { Workspace } from '../workspace'

const derived = (content: RichDoc) => {
  const refs = collectRefs(content)
  return { plain: richTextToPlain(content), statementIds: refs.statementIds, themeIds: refs.themeIds }
}

export function notesHandlers(ws: Workspace): NamespaceHandlers<'notes'> {
  const s = ws.state
  const get = (id: string): Note => {
    const n = s.notes.get(id)
    if (!n) throw new ApiError('NOT_FOUND', `no note with id "${id}"`)
    return n
  }
  return {
    'notes.list': () =>
      ws.read(() =>
        [...s.notes.values()]
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          .map((n) => ({
            id: n.id,
            title: n.title,
            excerpt: n.plain.slice(0, 160),
            updatedAt: n.updatedAt,
            statementCount: n.statementIds.length
          }))
      ),

    'notes.get': (input) => ws.read(() => get(input.id)),

    'notes.create': (input) =>
      ws.mutate('Create note', () => {
        const content = input.content ?? emptyRichDoc()
        const { by, at } = s.stamp()
        const note: Note = {
          id: newId('nt'),
          title: input.title?.trim() || 'Untitled note',
          content,
          ...derived(content),
          ...(by !== null && { createdBy: by }),
          createdAt: at,
          updatedAt: at
        }
        return { changes: [{ kind: 'note', before: null, after: note }], result: note }
      }),

    'notes.update': (input) =>
      ws.mutate(
        input.content ? 'Edit note' : 'Rename note',
        () => {
          const before = get(input.id)
          const content = input.content ?? before.content
          const after: Note = {
            ...before,
            title: input.title?.trim() ?? before.title,
            content,
            ...derived(content),
            updatedAt: nowIso()
          }
          return { changes: [{ kind: 'note', before, after }], result: after }
        },
        { coalesceKey: `note:${input.id}` }
      ),

    'notes.delete': (input) =>
      ws.mutate('Delete note', () => ({
        changes: [{ kind: 'note', before: get(input.id), after: null }],
        result: { ok: true as const }
      }))
  }
}
