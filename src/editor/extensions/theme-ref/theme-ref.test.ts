// @vitest-environment jsdom
import { getSchema, type JSONContent } from '@tiptap/core'
import { DOMParser as PMDOMParser, DOMSerializer } from '@tiptap/pm/model'
import { NodeSelection } from '@tiptap/pm/state'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  clickOn,
  destroyEditors,
  editorWith,
  firstParagraph,
  press,
  recordingRender
} from '../../testing/editor-harness'
import { ThemeRef, type ThemeRefOptions } from '.'

afterEach(destroyEditors)

const chip = { type: 'themeRef', attrs: { id: 'th-def', label: 'Defence' } }

function themeEditor(options: Partial<ThemeRefOptions> = {}, content: string | JSONContent[] = '') {
  return editorWith([StarterKit, ThemeRef.configure(options)], content)
}

describe('ThemeRef schema', () => {
  const schema = getSchema([StarterKit, ThemeRef])

  it('renders a data-attributed span reading #label and parses it back to the same JSON', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [chip] }] })
    const div = document.createElement('div')
    div.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document }))
    expect(div.innerHTML).toBe(
      '<p><span class="ref-chip ref-chip--theme" data-theme-ref="th-def">#Defence</span></p>'
    )
    expect(PMDOMParser.fromSchema(schema).parse(div).toJSON().content[0].content).toEqual([chip])
  })

  it('inserts a chip with no space after it: a space typed next is the only one', () => {
    const e = themeEditor({}, 'See ')
    e.chain().insertThemeRef({ id: 't', label: 'Defence' }).insertContent(' then').run()
    expect(e.getText()).toBe('See #Defence then')
  })
})

describe('ThemeRef suggestions', () => {
  it('# lists the themes matching the query; picking one replaces # and the query with a chip', async () => {
    const theme = { id: 'th-def', label: 'Defence', color: '#336699' }
    const items = vi.fn(() => [theme])
    const { render, open } = recordingRender()
    const e = themeEditor({ items, render }, 'Under ')
    e.commands.insertContent('#def')
    await vi.waitFor(() => expect(open()?.items).toEqual([theme]))
    expect(items).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'def' }))
    open()!.command(theme)
    expect(firstParagraph(e)).toEqual([{ type: 'text', text: 'Under ' }, chip])
  })

  it('a # inside a word opens nothing', async () => {
    const { render, open } = recordingRender()
    const e = themeEditor({ items: () => [{ id: 't', label: 'x' }], render }, 'C')
    e.commands.insertContent('#x')
    await new Promise((r) => setTimeout(r, 50))
    expect(open()).toBeNull()
  })
})

describe('ThemeRef opening', () => {
  it('a click on the chip, or Enter when it is selected, opens the theme', () => {
    const open = vi.fn()
    const e = themeEditor({ open }, [{ type: 'text', text: 'See ' }, chip])
    expect(clickOn(e, 5)).toBe(true)
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, 5)))
    expect(press(e, 'Enter')).toBe(true)
    expect(open.mock.calls).toEqual([[chip.attrs], [chip.attrs]])
  })

  it('without an opener a click places the cursor as usual', () => {
    const e = themeEditor({}, [{ type: 'text', text: 'See ' }, chip])
    expect(clickOn(e, 5)).toBe(false)
  })
})
