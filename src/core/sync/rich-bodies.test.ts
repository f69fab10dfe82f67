import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { RichDoc } from '../../shared/domain'
import { bodyMap, readBody, writeBody } from './rich-bodies'

const doc = (...content: RichDoc[]): RichDoc => ({ type: 'doc', content })
const p = (text: string, marks?: RichDoc['marks']): RichDoc => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks && { marks }) }]
})

describe('note bodies as Y.XmlFragments', () => {
  it('reads back what it wrote, and an unchanged write sends nothing', () => {
    const y = new Y.Doc()
    const content = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Brief' }] },
      p('bold', [{ type: 'bold' }]),
      { type: 'paragraph', content: [{ type: 'statementRef', attrs: { id: 'd1.4', label: 'we will' } }] }
    )
    expect(writeBody(y, 'notes', 'n1', content)).toBe(true)
    expect(readBody(y, 'notes', 'n1')).toEqual(content)
    let updates = 0
    y.on('update', () => updates++)
    writeBody(y, 'notes', 'n1', content)
    expect(updates).toBe(0)
  })

  it('changes only what differs, so a concurrent edit elsewhere survives', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()]
    writeBody(a, 'notes', 'n1', doc(p('one'), p('two')))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    writeBody(a, 'notes', 'n1', doc(p('one!'), p('two')))
    writeBody(b, 'notes', 'n1', doc(p('one'), p('two?')))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    expect(readBody(a, 'notes', 'n1')).toEqual(doc(p('one!'), p('two?')))
  })

  it('keeps no body for content the note schema cannot hold, or for none', () => {
    const y = new Y.Doc()
    writeBody(y, 'annotations', 'a1', doc(p('x')))
    expect(writeBody(y, 'annotations', 'a1', doc({ type: 'video' }))).toBe(false)
    expect(bodyMap(y, 'annotations').has('a1')).toBe(false)
    writeBody(y, 'annotations', 'a1', doc(p('x')))
    expect(writeBody(y, 'annotations', 'a1', null)).toBe(true)
    expect(readBody(y, 'annotations', 'a1')).toBeUndefined()
  })

  it('refuses a body that is not one with a one-line reason', () => {
    const y = new Y.Doc()
    const map = bodyMap(y, 'notes')
    map.set('text', new Y.XmlText('loose'))
    const loose = new Y.XmlFragment()
    map.set('loose', loose)
    loose.insert(0, [new Y.XmlText('no paragraph')])
    const deep = new Y.XmlFragment()
    map.set('deep', deep)
    let level: Y.XmlFragment = deep
    for (let i = 0; i < 60; i++) {
      const quote = new Y.XmlElement('blockquote')
      level.insert(0, [quote])
      level = quote
    }
    expect(() => readBody(y, 'notes', 'text')).toThrow('its body is not rich text')
    expect(() => readBody(y, 'notes', 'loose')).toThrow(/^its body is refused: content.0 /)
    expect(() => readBody(y, 'notes', 'deep')).toThrow(/nested more than 40 levels/)
  })
})
