import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { DecorationSet, type Decoration } from '@tiptap/pm/view'
import type { Annotation, Statement } from '../../../../shared/domain'
import { createOffsetMap } from './offset-map'
import { buildReaderDecorations, type ReaderData } from './reader-decorations'
import { readerDataKey, readerDataPlugin, textChunkTransaction } from './reader-plugins'
import { ReaderDoc, ReaderParagraph, ReaderText, readerContent } from './reader-schema'

const schema = getSchema([ReaderDoc, ReaderParagraph, ReaderText])

// Ten paragraphs of two sentences; a highlight that crosses from paragraph 3 into 4.
const sentences = Array.from({ length: 10 }, (_, i) => `Sentence ${i}a is here. Sentence ${i}b too.`)
const text = sentences.join('\n\n')
const paragraphs = sentences.map((s, i) => {
  const start = sentences.slice(0, i).reduce((n, x) => n + x.length + 2, 0)
  return { start, end: start + s.length }
})
const statements: Statement[] = paragraphs.flatMap((p, i) =>
  [
    { id: `s${i}a`, start: p.start, end: p.start + 22 },
    { id: `s${i}b`, start: p.start + 23, end: p.end }
  ].map((s) => ({
    ...s,
    documentId: 'd',
    text: '',
    paragraphIndex: i,
    speakerId: null,
    attribution: { method: 'none' as const },
    themeIds: []
  }))
)
const at = '2024-01-01T00:00:00Z'
const crossing: Annotation = {
  id: 'h1',
  documentId: 'd',
  start: paragraphs[3]!.start + 5,
  end: paragraphs[4]!.start + 5,
  quote: { exact: 'x', prefix: '', suffix: '' },
  themeIds: [],
  note: null,
  notePlain: 'a note',
  createdAt: at,
  updatedAt: at
}
// A noted highlight in paragraph 7 beside a linked statement, and one overlapping the crossing highlight.
const noted: Annotation = {
  ...crossing,
  id: 'h2',
  start: paragraphs[7]!.start + 2,
  end: paragraphs[7]!.start + 30
}
const overlapping: Annotation = {
  ...crossing,
  id: 'h3',
  start: crossing.start + 3,
  end: crossing.end + 20,
  notePlain: ''
}
const data: ReaderData = {
  statements,
  annotations: [overlapping, crossing, noted],
  linkCounts: { s7a: 2 },
  themes: new Map()
}
const map = createOffsetMap(paragraphs)
const document = { text, paragraphs }

/** Where each decoration is and what it draws (attributes, or a widget's key). */
const spans = (ds: readonly Decoration[]) =>
  ds
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs?: unknown } }).type.attrs
      return `${d.from}-${d.to} ${JSON.stringify(attrs ?? null)} ${String(d.spec.key ?? '')}`
    })
    .sort()
const shown = (state: EditorState) => readerDataKey.getState(state)!.set.find()

describe('the reader loading its text in chunks', () => {
  it('shows the decorations of the loaded text, and adds the others as their text arrives', () => {
    let state = EditorState.create({
      doc: schema.nodeFromJSON(readerContent(document, 3)),
      plugins: [readerDataPlugin()]
    })
    state = state.apply(state.tr.setMeta(readerDataKey, { data, map }))
    const size = state.doc.content.size
    const first = shown(state)
    expect(first.length).toBeGreaterThan(0)
    expect(first.every((d) => d.to <= size)).toBe(true)
    // Nothing that ends in the loaded text is missing.
    const whole = buildReaderDecorations(data, map).decorations
    expect(spans(first)).toEqual(spans(whole.filter((d) => d.to <= size)))

    for (const [from, to] of [
      [3, 4],
      [4, 8],
      [8, 10]
    ] as const) {
      state = state.apply(textChunkTransaction(state, document, from, to))
      expect(state.doc.childCount).toBe(to)
      expect(shown(state).every((d) => d.to <= state.doc.content.size)).toBe(true)
    }

    const wholeDoc = schema.nodeFromJSON(readerContent(document))
    expect(state.doc.eq(wholeDoc)).toBe(true)
    const all = DecorationSet.create(wholeDoc, whole).find()
    expect(spans(shown(state))).toEqual(spans(all))
  })

  it('replaces the decorations while loading without losing those still to come', () => {
    let state = EditorState.create({
      doc: schema.nodeFromJSON(readerContent(document, 2)),
      plugins: [readerDataPlugin()]
    })
    state = state.apply(state.tr.setMeta(readerDataKey, { data, map }))
    const retagged = { ...data, linkCounts: {} }
    state = state.apply(state.tr.setMeta(readerDataKey, { data: retagged, map }))
    state = state.apply(textChunkTransaction(state, document, 2, 10))
    const all = DecorationSet.create(state.doc, buildReaderDecorations(retagged, map).decorations).find()
    expect(spans(shown(state))).toEqual(spans(all))
  })
})
