// @vitest-environment jsdom
import { getSchema, type JSONContent } from '@tiptap/core'
import { DOMParser as PMDOMParser, DOMSerializer } from '@tiptap/pm/model'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
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
import { StatementRef, type StatementRefOptions } from '.'

afterEach(destroyEditors)

const chip = { type: 'statementRef', attrs: { id: 'd1.4', label: 'we will spend 2%' } }
const item = { id: 'd1.4', label: 'we will spend 2%', detail: 'Rutte · Summit' }

function statementEditor(options: Partial<StatementRefOptions> = {}, content: string | JSONContent[] = '') {
  return editorWith([StarterKit, StatementRef.configure(options)], content)
}

describe('StatementRef schema', () => {
  const schema = getSchema([StarterKit, StatementRef])

  it('is an inline, selectable atom', () => {
    const type = schema.nodes.statementRef!
    expect([type.isInline, type.isAtom, type.spec.selectable]).toEqual([true, true, true])
  })

  it('renders a data-attributed span holding the label and parses it back to the same JSON', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [chip] }] })
    const div = document.createElement('div')
    div.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document }))
    expect(div.innerHTML).toBe(
      '<p><span class="ref-chip ref-chip--statement" data-statement-ref="d1.4">we will spend 2%</span></p>'
    )
    expect(PMDOMParser.fromSchema(schema).parse(div).toJSON().content[0].content).toEqual([chip])
  })

  it('reads as the quoted label in plain text', () => {
    expect(statementEditor({}, [{ type: 'text', text: 'As ' }, chip]).getText()).toBe('As “we will spend 2%”')
  })

  it('inserts a chip with no space after it: a full stop typed next sits right after it', () => {
    const e = statementEditor({}, 'As ')
    e.chain().insertStatementRef({ id: 'd.1', label: 'a quote' }).insertContent('.').run()
    expect(firstParagraph(e)).toEqual([
      { type: 'text', text: 'As ' },
      { type: 'statementRef', attrs: { id: 'd.1', label: 'a quote' } },
      { type: 'text', text: '.' }
    ])
  })
})

describe('StatementRef suggestions', () => {
  it.each([
    ['@', 'spend'],
    ['[[', 'defence spending']
  ])(
    '%s lists the statements matching the query; picking one replaces trigger and query with a chip',
    async (trigger, query) => {
      const items = vi.fn(async () => [item])
      const { render, open } = recordingRender()
      const e = statementEditor({ items, render }, 'As ')
      e.commands.insertContent(trigger + query)
      await vi.waitFor(() => expect(open()?.items).toEqual([item]))
      expect(items).toHaveBeenLastCalledWith(expect.objectContaining({ query }))
      open()!.command(item)
      expect(firstParagraph(e)).toEqual([{ type: 'text', text: 'As ' }, chip])
      expect(open()).toBeNull()
    }
  )

  it('leaves @ and [[ as plain text when nothing supplies matches', async () => {
    const { render, open } = recordingRender()
    const e = statementEditor({ render }, 'As ')
    e.commands.insertContent('@spend [[x')
    await new Promise((r) => setTimeout(r, 200))
    expect(open()).toBeNull()
    expect(e.getText()).toBe('As @spend [[x')
  })
})

describe('StatementRef opening', () => {
  const withChip = (open: StatementRefOptions['open']) =>
    statementEditor({ open }, [{ type: 'text', text: 'As ' }, chip, { type: 'text', text: ' said' }])
  const chipPos = 4

  it('a click on the chip opens the statement', () => {
    const open = vi.fn()
    const e = withChip(open)
    expect(clickOn(e, chipPos)).toBe(true)
    expect(open).toHaveBeenCalledWith({ id: 'd1.4', label: 'we will spend 2%' })
  })

  it('a Shift, Alt or secondary click, or a click on text, is left to the editor', () => {
    const open = vi.fn()
    const e = withChip(open)
    expect(clickOn(e, chipPos, { shiftKey: true })).toBe(false)
    expect(clickOn(e, chipPos, { altKey: true })).toBe(false)
    expect(clickOn(e, chipPos, { button: 2 })).toBe(false)
    expect(clickOn(e, 1)).toBe(false)
    expect(open).not.toHaveBeenCalled()
  })

  it('Enter on the selected chip opens it and leaves the text alone', () => {
    const open = vi.fn()
    const e = withChip(open)
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, chipPos)))
    const before = e.getJSON()
    expect(press(e, 'Enter')).toBe(true)
    expect(open).toHaveBeenCalledWith({ id: 'd1.4', label: 'we will spend 2%' })
    expect(e.getJSON()).toEqual(before)
  })

  it('Enter elsewhere splits the paragraph as usual', () => {
    const open = vi.fn()
    const e = withChip(open)
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, 2)))
    press(e, 'Enter')
    expect(open).not.toHaveBeenCalled()
    expect(e.getJSON().content).toHaveLength(2)
  })
})

describe('StatementRef hover card', () => {
  it('resting the pointer on a chip shows its quote and source; leaving it hides them', async () => {
    const describe = vi.fn(async () => ({ quote: '“We will spend 2%”', meta: 'Rutte · Summit' }))
    const e = statementEditor({ describe }, [chip])
    const el = e.view.dom.querySelector<HTMLElement>('[data-statement-ref]')!
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
    const card = await vi.waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="tooltip"]')
      expect(found?.hidden).toBe(false)
      return found!
    })
    expect(describe).toHaveBeenCalledWith('d1.4')
    expect(card.textContent).toBe('“We will spend 2%”Rutte · Summit')
    expect(el.getAttribute('aria-describedby')).toBe(card.id)
    el.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: e.view.dom }))
    expect(card.hidden).toBe(true)
  })

  it('goes with the editor', async () => {
    const e = statementEditor({ describe: async () => ({ quote: 'q', meta: 'm' }) }, [chip])
    e.view.dom
      .querySelector('[data-statement-ref]')!
      .dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
    await vi.waitFor(() => expect(document.querySelector('[role="tooltip"]')).not.toBeNull())
    e.destroy()
    expect(document.querySelector('[role="tooltip"]')).toBeNull()
  })
})
