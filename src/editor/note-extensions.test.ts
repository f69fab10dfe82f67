import { describe, expect, it } from 'vitest'
import { getSchema, getText, getTextSerializersFromSchema } from '@tiptap/core'
import { DOMParser as PMDOMParser, DOMSerializer } from '@tiptap/pm/model'
import { JSDOM } from 'jsdom'
import { noteExtensions } from './note-extensions'
import { richTextToPlain } from '../shared/domain/rich-text-plain'

const schema = getSchema(noteExtensions())
const { document } = new JSDOM('<!doctype html><body></body>').window

const sample = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'As ' },
        { type: 'statementRef', attrs: { id: 'd1.4', label: 'we will spend 2%' } },
        { type: 'text', text: ' under ' },
        { type: 'themeRef', attrs: { id: 'th-def', label: 'Defence' } }
      ]
    }
  ]
}

describe('note schema', () => {
  it('holds the two reference chips as inline atoms', () => {
    for (const name of ['statementRef', 'themeRef']) {
      const type = schema.nodes[name]
      expect(type?.isInline).toBe(true)
      expect(type?.isAtom).toBe(true)
    }
    expect(schema.nodes.codeBlock).toBeUndefined()
  })

  it('renders chips as data-attributed spans and parses them back', () => {
    const node = schema.nodeFromJSON(sample)
    const dom = DOMSerializer.fromSchema(schema).serializeFragment(node.content, { document })
    const div = document.createElement('div')
    div.appendChild(dom)
    expect(div.innerHTML).toContain('data-statement-ref="d1.4"')
    expect(div.querySelector('[data-statement-ref]')?.textContent).toBe('we will spend 2%')
    expect(div.querySelector('[data-theme-ref="th-def"]')?.textContent).toBe('#Defence')
    const parsed = PMDOMParser.fromSchema(schema).parse(div as unknown as Node)
    expect(parsed.toJSON()).toEqual(sample)
  })

  it('plain text agrees with the schema text serialisation of chips', () => {
    const node = schema.nodeFromJSON(sample)
    const viaSchema = getText(node, {
      blockSeparator: '\n\n',
      textSerializers: getTextSerializersFromSchema(schema)
    })
    expect(richTextToPlain(sample)).toBe('As “we will spend 2%” under #Defence')
    expect(viaSchema).toBe(richTextToPlain(sample))
  })
})
