import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { Fragment } from '@tiptap/pm/model'
import { ReaderDoc, ReaderParagraph, ReaderText, readerContent, readerParagraphs } from './reader-schema'
import { createOffsetMap } from './offset-map'

const text = 'First paragraph.\n\nSecond one here.\n\n\nThird.'
const paragraphs = [
  { start: 0, end: 16 },
  { start: 18, end: 34 },
  { start: 37, end: 43 }
]

describe('readerContent', () => {
  const schema = getSchema([ReaderDoc, ReaderParagraph, ReaderText])
  const doc = schema.nodeFromJSON(readerContent({ text, paragraphs }))

  it('builds one paragraph per range with the verbatim text', () => {
    expect(doc.childCount).toBe(3)
    expect(doc.child(1).textContent).toBe('Second one here.')
  })

  it('agrees with the offset map on every character', () => {
    const map = createOffsetMap(paragraphs)
    expect(doc.content.size).toBe(map.size)
    for (const p of paragraphs) {
      for (let o = p.start; o < p.end; o++) {
        const pos = map.toPos(o)
        expect(doc.textBetween(pos, pos + 1)).toBe(text[o])
      }
    }
  })

  it('keeps an empty document valid', () => {
    const empty = schema.nodeFromJSON(readerContent({ text: '', paragraphs: [] }))
    expect(empty.childCount).toBe(1)
  })

  it('builds the same document from a first part and the paragraphs appended after it', () => {
    const first = schema.nodeFromJSON(readerContent({ text, paragraphs }, 1))
    expect(first.childCount).toBe(1)
    const whole = first.copy(
      first.content.append(Fragment.from(readerParagraphs(schema, { text, paragraphs }, 1, 3)))
    )
    expect(whole.eq(doc)).toBe(true)
  })
})
