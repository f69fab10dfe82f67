// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { noteExtensions } from '../../note-extensions'
import '../../testing/editor-harness'

const editors: Editor[] = []
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy()
  document.body.replaceChildren()
})

/** Two live editors of one note, their Y.Docs and awarenesses relayed to each other at once. */
function twoEditors(names: [string, string], colors: [string, string] = ['#1f77b4', '#d62728']) {
  const docs = [new Y.Doc(), new Y.Doc()] as const
  const awareness = docs.map((d) => new Awareness(d)) as [Awareness, Awareness]
  docs.forEach((d, i) =>
    d.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'relay') Y.applyUpdate(docs[1 - i]!, update, 'relay')
    })
  )
  awareness.forEach((a, i) =>
    a.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'relay') return
      const changed = [...added!, ...updated!, ...removed!]
      applyAwarenessUpdate(awareness[1 - i]!, encodeAwarenessUpdate(a, changed), 'relay')
    })
  )
  return docs.map((d, i) => {
    const editor = new Editor({
      element: document.body.appendChild(document.createElement('div')),
      extensions: noteExtensions({
        live: {
          fragment: d.getXmlFragment('body'),
          awareness: awareness[i]!,
          user: { name: names[i]!, color: colors[i]! }
        }
      })
    })
    editors.push(editor)
    return editor
  }) as [Editor, Editor]
}

/** The caret label shown in `editor` (the cursor plugin redraws a moment after the awareness changes). */
async function labelIn(editor: Editor): Promise<HTMLElement> {
  for (let i = 0; i < 100; i++) {
    const label = editor.view.dom.querySelector<HTMLElement>('.live-cursor__label')
    if (label) return label
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error('no caret label shows')
}

describe('LiveCursors with a co-edited note', () => {
  it('shows what one editor types in the other, and its caret labelled with the coder’s name', async () => {
    const [a, b] = twoEditors(['Ana Analyst', 'Ben'])
    a.commands.insertContent('Typed by Ana.')
    expect(b.getText()).toBe('Typed by Ana.')
    a.view.focus()
    a.commands.setTextSelection(6)
    const label = await labelIn(b)
    expect(label.textContent).toBe('Ana Analyst')
    expect(label.style.backgroundColor).toBe('rgb(31, 119, 180)')
    // Ben's editor has no focus, so no caret of his shows.
    expect(a.view.dom.querySelector('.live-cursor__label')).toBeNull()
  })

  it('undoes only this editor’s typing', () => {
    const [a, b] = twoEditors(['Ana', 'Ben'])
    a.commands.insertContent('Ana. ')
    b.commands.setTextSelection(b.state.doc.content.size - 1)
    b.commands.insertContent('Ben.')
    expect(a.getText()).toBe('Ana. Ben.')
    a.commands.undo()
    expect(a.getText()).toBe('Ben.')
    expect(b.getText()).toBe('Ben.')
  })

  it('takes a name only as text and a colour only when it is one', async () => {
    const [a, b] = twoEditors(['<img src=x onerror=alert(1)>', 'Ben'], ['red; background: url(x)', '#00ff00'])
    a.commands.insertContent('Hello')
    a.view.focus()
    a.commands.setTextSelection(1)
    const label = await labelIn(b)
    expect(label.textContent).toBe('<img src=x onerror=alert(1)>')
    expect(label.querySelector('img')).toBeNull()
    expect(label.style.backgroundColor).toBe('rgb(107, 114, 128)')
  })
})
