import type { Link, Statement, ThemeCoding } from '../../shared/domain'
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
  const st = s.statements.get(statementId)
  const by = (themeId: string, codedBy: readonly ThemeCoding[] | undefined) =>
    (codedBy ?? [])
      .filter((c) => c.themeId === themeId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((c) => ({
        coderId: c.createdBy,
        coderName: s.coders.get(c.createdBy)?.name ?? c.createdBy,
        at: c.createdAt
      }))
  return s.codingsOf(statementId).map((c) => {
    if (c.kind === 'statement')
      return { themeId: c.themeId, how: 'statement', by: by(c.themeId, st?.codedBy) }
    const a = s.annotations.get(c.annotationId)
    return {
      themeId: c.themeId,
      how: 'span',
      annotationId: c.annotationId,
      quote: a?.quote.exact ?? '',
      by: by(c.themeId, a?.codedBy)
    }
  })
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
