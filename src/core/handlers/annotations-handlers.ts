import { richTextToPlain, type Annotation } from '../../shared/domain'
import { ApiError, type NamespaceHandlers } from '../../shared/api'
import { newId } from '../model/new-id'
import { addThemes, setThemes } from '../model/theme-codings'
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
  // A highlight's themes as edited in the view scope, with the codings it hides kept.
  const shownEdit = (before: Annotation, after: Annotation) =>
    ws.codingScope?.keepHidden(before, after) ?? after
  return {
    'annotations.list': (input) => ws.read(() => listAnnotations(ws.viewState(), input)),

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
        const stamp = s.stamp()
        const highlight: Annotation = {
          id: newId('an'),
          documentId: document.id,
          start: input.start,
          end: input.end,
          quote: quoteSelector(document.text, input.start, input.end),
          themeIds: [],
          note: input.note ?? null,
          notePlain: richTextToPlain(input.note ?? null),
          ...(stamp.by !== null && { createdBy: stamp.by }),
          createdAt: stamp.at,
          updatedAt: stamp.at
        }
        const a = addThemes(highlight, input.themeIds ?? [], stamp)
        return { changes: [{ kind: 'annotation', before: null, after: a }], result: a }
      }),

    'annotations.update': (input) =>
      ws.mutate(
        input.note !== undefined ? 'Edit annotation note' : 'Edit annotation',
        () => {
          const before = get(input.id)
          if (input.themeIds) requireThemes(s, input.themeIds)
          const note = input.note === undefined ? before.note : input.note
          const stamp = s.stamp()
          const after: Annotation = {
            ...(input.themeIds ? shownEdit(before, setThemes(before, input.themeIds, stamp)) : before),
            note,
            notePlain: richTextToPlain(note),
            updatedAt: stamp.at
          }
          const shown = ws.codingScope?.annotation(after) ?? after
          return { changes: [{ kind: 'annotation', before, after }], result: shown }
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
