import type { Link, Statement } from '../../shared/domain'
import type { DocumentSummary, LinkView, StatementCoding, StatementRef, StatementRow } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import type { DocumentBundle } from '../model/change'

export function toRow(s: WorkspaceState, st: Statement): StatementRow {
  const doc = s.docs.get(st.documentId)?.document
  return {
    ...st,
    documentTitle: doc?.title ?? '',
    publishedAt: doc?.publishedAt ?? null,
    linkCount: s.linksByStatement.get(st.id)?.size ?? 0,
    annotationCount: s.annotationsByStatement.get(st.id)?.size ?? 0,
    codings: codingsOf(s, st.id)
  }
}

export function codingsOf(s: WorkspaceState, statementId: string): StatementCoding[] {
  return s.codingsOf(statementId).map((c) =>
    c.kind === 'statement'
      ? { themeId: c.themeId, how: 'statement' }
      : {
          themeId: c.themeId,
          how: 'span',
          annotationId: c.annotationId,
          quote: s.annotations.get(c.annotationId)?.quote.exact ?? ''
        }
  )
}

export function toRef(s: WorkspaceState, id: string): StatementRef {
  const st = s.statements.get(id)
  if (!st)
    return { id, documentId: 'missing', documentTitle: '(missing statement)', text: '', speakerId: null }
  return {
    id,
    documentId: st.documentId,
    documentTitle: s.docs.get(st.documentId)?.document.title ?? '',
    text: st.text,
    speakerId: st.speakerId
  }
}

export const toLinkView = (s: WorkspaceState, l: Link): LinkView => ({
  ...l,
  from: toRef(s, l.fromId),
  to: toRef(s, l.toId)
})

export function toSummary(b: DocumentBundle): DocumentSummary {
  const d = b.document
  return {
    id: d.id,
    title: d.title,
    source: d.source,
    publishedAt: d.publishedAt,
    authors: d.authors,
    importedAt: d.importedAt,
    statementCount: b.statements.length,
    annotationCount: b.annotations.length
  }
}
