import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../../../shared/api'
import { sameDocumentItem } from './same-document-item'

const doc: DocumentSummary = {
  id: 'd1',
  title: 'Escalation',
  source: { publisher: 'The Times', fileName: 'a.txt' },
  publishedAt: '2024-05-30',
  authors: ['A. Writer'],
  importedAt: '2024-06-01T10:00:00.000Z',
  statementCount: 12,
  annotationCount: 3
}

describe('sameDocumentItem', () => {
  it('is the same for an equal copy, as after a reload of the list', () => {
    const copy = structuredClone(doc)
    expect(sameDocumentItem({ document: doc, current: true }, { document: copy, current: true })).toBe(true)
  })

  it('differs when anything shown or edited in the details dialog differs', () => {
    const a = { document: doc, current: false }
    const changed: Partial<DocumentSummary>[] = [
      { id: 'd2' },
      { title: 'Other' },
      { publishedAt: null },
      { source: { ...doc.source, publisher: 'Le Monde' } },
      { source: { ...doc.source, fileName: 'b.txt' } },
      { statementCount: 13 },
      { annotationCount: 0 },
      { source: { ...doc.source, url: 'https://example.org' } },
      { authors: ['A. Writer', 'B. Writer'] }
    ]
    for (const patch of changed)
      expect(sameDocumentItem(a, { document: { ...doc, ...patch }, current: false })).toBe(false)
    expect(sameDocumentItem(a, { document: doc, current: true })).toBe(false)
    expect(sameDocumentItem(a, { document: doc, current: false, readOnly: true })).toBe(false)
  })
})
