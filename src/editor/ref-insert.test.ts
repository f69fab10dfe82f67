// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { noteExtensions } from './note-extensions'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

function editorWith(text: string): Editor {
  editor = new Editor({
    extensions: noteExtensions(),
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
  })
  editor.commands.focus('end')
  return editor
}

describe('inserting a reference chip', () => {
  it('adds no space after a statement chip: a full stop typed next sits right after it', () => {
    const e = editorWith('As ')
    e.chain().insertStatementRef({ id: 'd.1', label: 'a quote' }).insertContent('.').run()
    expect(e.getJSON().content?.[0]?.content).toEqual([
      { type: 'text', text: 'As ' },
      { type: 'statementRef', attrs: { id: 'd.1', label: 'a quote' } },
      { type: 'text', text: '.' }
    ])
  })

  it('adds no space after a theme chip: a space typed next is the only one', () => {
    const e = editorWith('See ')
    e.chain().insertThemeRef({ id: 't', label: 'Defence' }).insertContent(' then').run()
    expect(e.getText()).toBe('See #Defence then')
  })
})
