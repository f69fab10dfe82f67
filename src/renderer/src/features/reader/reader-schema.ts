import { Node } from '@tiptap/core'
import type { Node as PMNode, Schema } from '@tiptap/pm/model'
import type { Document } from '../../../../shared/domain'

/** The reader's whole schema: doc > paragraph+ > text. Source text is never edited, so nothing else is needed. */
export const ReaderDoc = Node.create({ name: 'doc', topNode: true, content: 'paragraph+' })

export const ReaderParagraph = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'text*',
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: () => ['p', 0]
})

export const ReaderText = Node.create({ name: 'text', group: 'inline' })

export interface ReaderContent {
  type: 'doc'
  content: { type: 'paragraph'; content?: { type: 'text'; text: string }[] }[]
}

/**
 * The editor content for a document: one paragraph per `document.paragraphs` range, text taken verbatim; only the
 * first `count` paragraphs when given (the rest are appended in chunks, see text-chunks.ts).
 */
export function readerContent(
  document: Pick<Document, 'text' | 'paragraphs'>,
  count = document.paragraphs.length
): ReaderContent {
  const content: ReaderContent['content'] = document.paragraphs.slice(0, count).map((p) => {
    const text = document.text.slice(p.start, p.end)
    return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }
  })
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }
}

/** Paragraph nodes for `document.paragraphs[from, to)`, to append to a reader whose text is still loading. */
export function readerParagraphs(
  schema: Schema,
  document: Pick<Document, 'text' | 'paragraphs'>,
  from: number,
  to: number
): PMNode[] {
  const paragraph = schema.nodes.paragraph!
  return document.paragraphs.slice(from, to).map((p) => {
    const text = document.text.slice(p.start, p.end)
    return paragraph.create(null, text ? schema.text(text) : null)
  })
}
