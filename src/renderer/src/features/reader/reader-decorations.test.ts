import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { DecorationSet } from '@tiptap/pm/view'
import type { Annotation, Statement } from '../../../../shared/domain'
import { buildReaderDecorations, readerDataSignature, type ReaderData } from './reader-decorations'
import { createOffsetMap } from './offset-map'
import { ReaderDoc, ReaderParagraph, ReaderText, readerContent } from './reader-schema'

const schema = getSchema([ReaderDoc, ReaderParagraph, ReaderText])

function statement(
  id: string,
  start: number,
  end: number,
  paragraphIndex: number,
  themeIds: string[] = []
): Statement {
  return {
    id,
    documentId: 'd',
    start,
    end,
    text: '',
    paragraphIndex,
    speakerId: null,
    attribution: { method: 'none' },
    themeIds
  }
}
function annotation(id: string, start: number, end: number, themeIds: string[] = []): Annotation {
  const now = '2024-01-01T00:00:00Z'
  return {
    id,
    documentId: 'd',
    start,
    end,
    quote: { exact: 'x', prefix: '', suffix: '' },
    themeIds,
    note: null,
    notePlain: '',
    createdAt: now,
    updatedAt: now
  }
}

function bigDocument(words: number) {
  const paragraphs: { start: number; end: number }[] = []
  const statements: Statement[] = []
  let text = ''
  let n = 0
  while (n < words) {
    const start = text.length
    for (let s = 0; s < 4; s++) {
      const sStart = text.length
      text += `${'word '.repeat(11)}end.`
      statements.push(
        statement(
          `s${statements.length}`,
          sStart,
          text.length,
          paragraphs.length,
          statements.length % 5 ? [] : ['t1']
        )
      )
      text += ' '
      n += 12
    }
    paragraphs.push({ start, end: text.length - 1 })
    text += '\n\n'
  }
  return { text, paragraphs, statements }
}

describe('buildReaderDecorations', () => {
  const doc = {
    text: 'One two. Three four.\n\nFive six.',
    paragraphs: [
      { start: 0, end: 20 },
      { start: 22, end: 31 }
    ]
  }
  const pm = schema.nodeFromJSON(readerContent(doc))
  const map = createOffsetMap(doc.paragraphs)
  const data: ReaderData = {
    statements: [statement('a', 0, 8, 0, ['t1']), statement('b', 9, 20, 0), statement('c', 22, 31, 1)],
    annotations: [annotation('h1', 4, 14, ['t1']), annotation('h2', 9, 20)],
    linkCounts: { c: 2 },
    themes: new Map([['t1', { name: 'Risk', color: '#d55e00' }]])
  }

  it('decorates statements, highlight segments and gutters', () => {
    const { decorations, index } = buildReaderDecorations(data, map)
    const found = DecorationSet.create(pm, decorations).find()
    const stmts = found.filter(
      (d) => (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs?.['data-statement-id']
    )
    expect(stmts).toHaveLength(3)
    expect(index.statementRanges.get('c')).toEqual({ from: map.toPos(22), to: map.toPos(31) })
    const segments = found.filter(
      (d) =>
        (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs?.['data-annotation-ids']
    )
    const ids = segments.map(
      (d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-annotation-ids']
    )
    expect(ids).toEqual(['h1', 'h1 h2', 'h2'])
    // Only the linked statement's paragraph has a gutter: themes are drawn by the coding stripes.
    const widgets = found.filter((d) => d.from === d.to)
    expect(widgets.map((w) => w.from)).toEqual([map.contentStart(1)])
  })

  it('draws a speaker label widget where one is shown, and keys the data by it', () => {
    const labelled = { ...data, speakerLabels: [{ statementId: 'b', offset: 9, name: 'Ann', turn: false }] }
    const widgets = DecorationSet.create(pm, buildReaderDecorations(labelled, map).decorations)
      .find()
      .filter((d) => d.from === d.to)
    expect(widgets.map((w) => w.from)).toEqual([map.toPos(9), map.contentStart(1)])
    expect(readerDataSignature(labelled)).not.toBe(readerDataSignature(data))
  })

  it('keys the data by what is drawn', () => {
    const touched = {
      ...data,
      annotations: data.annotations.map((a) => ({ ...a, updatedAt: '2025-01-01T00:00:00Z' }))
    }
    expect(readerDataSignature(touched)).toBe(readerDataSignature(data))
    const retagged = { ...data, statements: [statement('a', 0, 8, 0, []), ...data.statements.slice(1)] }
    expect(readerDataSignature(retagged)).not.toBe(readerDataSignature(data))
  })

  it('places every decoration of 50,000 words with 2,000 highlights inside the text', () => {
    const big = bigDocument(50_000)
    const pmBig = schema.nodeFromJSON(readerContent(big))
    const annotations = Array.from({ length: 2000 }, (_, i) => {
      const s = big.statements[(i * 7) % big.statements.length]!
      return annotation(`h${i}`, s.start + (i % 10), s.end - (i % 3), i % 2 ? ['t1'] : [])
    })
    const { decorations } = buildReaderDecorations(
      { ...data, statements: big.statements, annotations, linkCounts: {} },
      createOffsetMap(big.paragraphs)
    )
    expect(decorations.every((d) => d.from >= 0 && d.to <= pmBig.content.size)).toBe(true)
    expect(DecorationSet.create(pmBig, decorations).find().length).toBe(decorations.length)
    expect(decorations.length).toBeGreaterThan(big.statements.length)
  })
})
