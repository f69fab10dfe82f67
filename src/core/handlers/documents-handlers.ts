import type { Document } from '../../shared/domain'
import type { NamespaceHandlers } from '../../shared/api'
import type { Change, DocumentBundle } from '../model/change'
import type { WorkspaceState } from '../model/workspace-state'
import type { Workspace } from '../workspace'
import { documentHead } from './document-head'
import { getDocument } from './get-or-not-found'
import { toSummary } from './to-api-views'

/** A copy of a document's bundle as it is now: the state edits its lists in place. */
const snapshot = (b: DocumentBundle): DocumentBundle => ({
  document: b.document,
  statements: [...b.statements],
  annotations: [...b.annotations]
})

/** Ids of the links touching any statement of the bundle, in either direction, from any document. */
function linksOf(s: WorkspaceState, b: DocumentBundle): Set<string> {
  const ids = new Set<string>()
  for (const st of b.statements) for (const id of s.linksByStatement.get(st.id) ?? []) ids.add(id)
  return ids
}

/** Notes citing any statement of the bundle. */
function notesCiting(s: WorkspaceState, b: DocumentBundle): Set<string> {
  const ids = new Set<string>()
  for (const st of b.statements) for (const id of s.notesByStatement.get(st.id) ?? []) ids.add(id)
  return ids
}

export function documentsHandlers(ws: Workspace): NamespaceHandlers<'documents'> {
  const s = ws.state
  return {
    'documents.list': () => ws.read(() => ws.viewState().documentOrder().map(toSummary)),

    'documents.get': (input) =>
      ws.read(() => {
        const b = getDocument(ws.viewState(), input.id)
        const linkCounts: Record<string, number> = {}
        for (const st of b.statements) {
          const n = s.linksByStatement.get(st.id)?.size ?? 0
          if (n) linkCounts[st.id] = n
        }
        return { document: b.document, statements: b.statements, annotations: b.annotations, linkCounts }
      }),

    'documents.getHead': (input) =>
      ws.read(() =>
        documentHead(
          getDocument(ws.viewState(), input.id),
          input.chars,
          (id) => s.linksByStatement.get(id)?.size ?? 0
        )
      ),

    'documents.update': (input) =>
      ws.mutate('Edit document details', () => {
        const before = getDocument(s, input.id)
        const d = before.document
        const source = { ...d.source }
        if (input.publisher !== undefined) {
          if (input.publisher) source.publisher = input.publisher
          else delete source.publisher
        }
        if (input.url !== undefined) {
          if (input.url) source.url = input.url
          else delete source.url
        }
        const document: Document = {
          ...d,
          title: input.title ?? d.title,
          publishedAt: input.publishedAt === undefined ? d.publishedAt : input.publishedAt,
          authors: input.authors ?? d.authors,
          source
        }
        const after = { ...snapshot(before), document }
        if (JSON.stringify(document) === JSON.stringify(d)) return { changes: [], result: toSummary(before) }
        return {
          changes: [{ kind: 'document', before: snapshot(before), after }],
          result: toSummary(after)
        }
      }),

    'documents.deletePreview': (input) =>
      ws.read(() => {
        const b = getDocument(s, input.id)
        return {
          id: b.document.id,
          title: b.document.title,
          statements: b.statements.length,
          annotations: b.annotations.length,
          links: linksOf(s, b).size,
          notes: notesCiting(s, b).size
        }
      }),

    // Notes citing its statements keep their text; their chips show the statement as missing (and return on undo).
    'documents.delete': (input) =>
      ws.mutate(`Delete document “${s.docs.get(input.id)?.document.title ?? input.id}”`, () => {
        const b = getDocument(s, input.id)
        const changes: Change[] = [...linksOf(s, b)].map((id) => ({
          kind: 'link',
          before: s.links.get(id)!,
          after: null
        }))
        changes.push({ kind: 'document', before: snapshot(b), after: null })
        return { changes, result: { ok: true as const } }
      })
  }
}
