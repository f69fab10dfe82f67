/** Test helper (not shipped): builders for WorkspaceSnapshot parts with offsets right by construction. */
import { createHash } from 'node:crypto'
import type { Annotation, Document, RichNode, Statement, WorkspaceSnapshot } from '../../../../shared/domain'
import { textQuoteContext } from '../text-quote-context'
import { richText } from '../tiptap-to-mdast'

export const IMPORTED = '2024-06-01T09:00:00.000Z'

interface StatementSpec {
  id: string
  text: string
  speakerId?: string | null
  themeIds?: string[]
}

/** A document whose statements are found in its text by exact match (so offsets are right by construction). */
export function makeDocument(
  id: string,
  title: string,
  text: string,
  specs: StatementSpec[],
  extra: Partial<Document> = {}
): { document: Document; statements: Statement[] } {
  const paragraphs = [...text.matchAll(/[^\r\n]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length
  }))
  const statements = specs.map((s): Statement => {
    const start = text.indexOf(s.text)
    if (start < 0) throw new Error(`statement ${s.id} not found in ${id}`)
    const end = start + s.text.length
    return {
      id: s.id,
      documentId: id,
      start,
      end,
      text: s.text,
      paragraphIndex: Math.max(
        0,
        paragraphs.findIndex((p) => p.start <= start && end <= p.end)
      ),
      speakerId: s.speakerId ?? null,
      attribution: s.speakerId ? { method: 'analyst', at: IMPORTED } : { method: 'none' },
      themeIds: s.themeIds ?? []
    }
  })
  const document: Document = {
    id,
    title,
    source: {},
    publishedAt: null,
    authors: [],
    importedAt: IMPORTED,
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    paragraphs,
    ...extra
  }
  return { document, statements }
}

/** An annotation on the first occurrence of `exact` (after `after`, if given). */
export function makeAnnotation(
  id: string,
  document: Document,
  exact: string,
  themeIds: string[],
  note: RichNode | null,
  after = ''
): Annotation {
  const start = document.text.indexOf(exact, after ? document.text.indexOf(after) : 0)
  if (start < 0) throw new Error(`annotation ${id}: "${exact}" not found`)
  const end = start + exact.length
  return {
    id,
    documentId: document.id,
    start,
    end,
    quote: { exact, ...textQuoteContext(document.text, start, end) },
    themeIds,
    note,
    notePlain: note ? richText(note) : '',
    createdAt: '2024-06-01T10:00:00.000Z',
    updatedAt: '2024-06-01T11:30:00.000Z'
  }
}

export const t = (text: string, ...marks: string[]): RichNode => ({
  type: 'text',
  text,
  ...(marks.length
    ? { marks: marks.map((m) => (m.startsWith('http') ? { type: 'link', attrs: { href: m } } : { type: m })) }
    : {})
})
export const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content })
export const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content })
export const sref = (id: string, label: string): RichNode => ({ type: 'statementRef', attrs: { id, label } })
export const tref = (id: string, label: string): RichNode => ({ type: 'themeRef', attrs: { id, label } })

/**
 * A minimal snapshot (not zod-validated, so names may be any string) with one document whose statements are
 * `texts`, each tagged with one theme named `themeName`: for property tests.
 */
export function makeStatementsSnapshot(
  texts: string[],
  names: { theme?: string; speaker?: string; title?: string } = {}
): WorkspaceSnapshot {
  const sep = ' ¶ '
  let text = ''
  const statements: Statement[] = texts.map((s, i) => {
    if (i > 0) text += sep
    const start = text.length
    text += s
    return {
      id: `d.${i + 1}`,
      documentId: 'd',
      start,
      end: start + s.length,
      text: s,
      paragraphIndex: 0,
      speakerId: 'sp',
      attribution: { method: 'none' },
      themeIds: ['th']
    }
  })
  const { document } = makeDocument('d', names.title ?? 'Doc', text, [], { publishedAt: '2024-05-30' })
  return {
    format: 'dossier-workspace',
    version: 1,
    exportedAt: '2024-06-02T12:00:00.000Z',
    meta: { id: 'ws', name: 'Property', createdAt: IMPORTED },
    themes: [
      { id: 'th', name: names.theme ?? 'Theme', color: '#000000', parentId: null, description: '', order: 0 }
    ],
    speakers: [{ id: 'sp', name: names.speaker ?? 'Speaker', aliases: [], role: null }],
    documents: [{ document, statements, annotations: [] }],
    links: [],
    notes: []
  }
}
