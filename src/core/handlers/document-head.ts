import type { DocumentHead } from '../../shared/api'
import { chunkEnd, type TextRange } from '../../shared/domain'
import type { DocumentBundle } from '../model/change'

/**
 * The head of a document (see DocumentHead): its first paragraphs, as many as hold `chars` characters, with the
 * statements and highlights wholly inside them; `links` counts a statement's cross-references.
 */
export function documentHead(
  b: DocumentBundle,
  chars: number,
  links: (statementId: string) => number
): DocumentHead {
  const { document } = b
  const paragraphs = document.paragraphs.slice(0, chunkEnd(document.paragraphs, 0, chars))
  const end = paragraphs.at(-1)?.end ?? 0
  const inside = (r: TextRange) => r.end <= end
  const statements = b.statements.filter(inside)
  const linkCounts: Record<string, number> = {}
  for (const st of statements) {
    const n = links(st.id)
    if (n) linkCounts[st.id] = n
  }
  return {
    document: { ...document, text: document.text.slice(0, end), paragraphs },
    statements,
    annotations: b.annotations.filter(inside),
    linkCounts,
    totals: { statements: b.statements.length, annotations: b.annotations.length }
  }
}
