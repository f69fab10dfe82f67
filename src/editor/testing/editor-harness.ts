import { Editor, type AnyExtension, type JSONContent } from '@tiptap/core'
import type { SuggestionItem, SuggestionRender } from '../chips/suggestion-popup'
import type { SuggestionProps } from '@tiptap/suggestion'

/** Test helpers driving a real TipTap editor in jsdom (run the tests with `@vitest-environment jsdom`). */

// jsdom lays nothing out; ProseMirror measures ranges when it scrolls the cursor into view after a focus.
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList
Range.prototype.getBoundingClientRect ??= () => new DOMRect()

const editors: Editor[] = []

/** An editor mounted in the document holding one paragraph of `text`, with the cursor at its end. */
export function editorWith(extensions: AnyExtension[], content: string | JSONContent[] = ''): Editor {
  const element = document.body.appendChild(document.createElement('div'))
  const paragraph = typeof content === 'string' ? (content ? [{ type: 'text', text: content }] : []) : content
  const editor = new Editor({
    element,
    extensions,
    content: { type: 'doc', content: [{ type: 'paragraph', content: paragraph }] }
  })
  editor.commands.setTextSelection(editor.state.doc.content.size - 1)
  editors.push(editor)
  return editor
}

/** Destroys the editors made so far and empties the document (call in afterEach). */
export function destroyEditors(): void {
  for (const e of editors.splice(0)) e.destroy()
  document.body.replaceChildren()
}

/** The content of the first paragraph, as JSON. */
export const firstParagraph = (editor: Editor): JSONContent[] | undefined =>
  editor.getJSON().content?.[0]?.content

/** Presses a key in the editor, through the same handlers a real key press goes through; true if one took it. */
export function press(editor: Editor, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  return editor.view.someProp('handleKeyDown', (f) => f(editor.view, event)) ?? false
}

/** Clicks the node at `pos` as ProseMirror reports a click to its plugins; true if one took it. */
export function clickOn(editor: Editor, pos: number, init: MouseEventInit = {}): boolean {
  const node = editor.state.doc.nodeAt(pos)
  if (!node) throw new Error(`no node at ${pos}`)
  const event = new MouseEvent('mousedown', { button: 0, ...init })
  return editor.view.someProp('handleClickOn', (f) => f(editor.view, pos, node, pos, event, true)) ?? false
}

/** A suggestion `render` that draws nothing and keeps the latest props of an open list (null when closed). */
export function recordingRender(): {
  render: SuggestionRender
  open: () => SuggestionProps<SuggestionItem> | null
} {
  let props: SuggestionProps<SuggestionItem> | null = null
  const render: SuggestionRender = () => ({
    onStart: (p) => void (props = p),
    onUpdate: (p) => void (props = p),
    onExit: () => void (props = null)
  })
  return { render, open: () => props }
}
