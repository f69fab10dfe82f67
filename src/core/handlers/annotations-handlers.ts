import { richTextToPlain, type Annotation } from '../../shared/domain'
import { ApiError, type NamespaceHandlers } from '../../shared/api'
import { newId, nowIso } from '../model/new-id'
import type { Workspace } from '../workspace'
import { getDocument, requireThemes } from './get-or-not-found'
import { quoteSelector } from '../model/quote-selector'
import { listAnnotations } from './annotation-list'

export function annotationsHandlers(ws: Workspace): NamespaceHandlers<'annotations'> {
  const s = ws.state
  const get = (id: string): Annotation => {
    const a = s.annotations.get(id)
    if (!a) throw new ApiError('NOT_FOUND', `no annotation with id "${id}"`)
    return a
  }
  return {
    'annotations.list': (input) => ws.read(() => listAnnotations(s, input)),

    'annotations.create': (input) =>
      ws.mutate(input.note ? 'Annotate' : 'Highlight', () => {
        const { document } = getDocument(s, input.documentId)
        if (input.end > document.text.length)
          throw new ApiError(
            'INVALID_INPUT',
            `annotations.create: end ${input.end} is past the end of “${document.title}” (${document.text.length} characters)`
          )
        if (!document.text.slice(input.start, input.end).trim())
          throw new ApiError(
            'INVALID_INPUT',
            'annotations.create: the selected span is empty or only whitespace'
          )
        requireThemes(s, input.themeIds ?? [])
        const now = nowIso()
        const a: Annotation = {
          id: newId('an'),
          documentId: document.id,
          start: input.start,
          end: input.end,
          quote: quoteSelector(document.text, input.start, input.end),
          themeIds: [...new Set(input.themeIds ?? [])],
          note: input.note ?? null,
          notePlain: richTextToPlain(input.note ?? null),
          createdAt: now,
          updatedAt: now
        }
        return { changes: [{ kind: 'annotation', before: null, after: a }], result: a }
      }),

    'annotations.update': (input) =>
      ws.mutate(
        input.note !== undefined ? 'Edit annotation note' : 'Edit annotation',
        () => {
          const before = get(input.id)
          if (input.themeIds) requireThemes(s, input.themeIds)
          const note = input.note === undefined ? before.note : input.note
          const after: Annotation = {
            ...before,
            themeIds: input.themeIds ? [...new Set(input.themeIds)] : before.themeIds,
            note,
            notePlain: richTextToPlain(note),
            updatedAt: nowIso()
          }
          return { changes: [{ kind: 'annotation', before, after }], result: after }
        },
        input.note !== undefined && !input.themeIds ? { coalesceKey: `annotation-note:${input.id}` } : {}
      ),

    'annotations.delete': (input) =>
      ws.mutate('Delete annotation', () => ({
        changes: [{ kind: 'annotation', before: get(input.id), after: null }],
        result: { ok: true as const }
      }))
  }
}
