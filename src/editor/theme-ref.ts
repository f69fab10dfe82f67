import { Node, mergeAttributes } from '@tiptap/core'
import type { RefAttrs } from './statement-ref'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    themeRef: {
      /** Inserts a reference chip to a theme at the selection, with no space after it (the next key typed decides). */
      insertThemeRef: (attrs: RefAttrs) => ReturnType
    }
  }
}

/** Plain-text form of a theme reference: `#label`. */
export { themeRefText } from '../shared/domain/rich-text-plain'
import { themeRefText } from '../shared/domain/rich-text-plain'

/** An inline, atomic chip pointing at a theme: `<span data-theme-ref="id">#label</span>`. */
export const ThemeRef = Node.create({
  name: 'themeRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-theme-ref'),
        renderHTML: (attrs) => ({ 'data-theme-ref': attrs.id })
      },
      label: {
        default: '',
        parseHTML: (el) => (el.textContent ?? '').replace(/^#/, ''),
        renderHTML: () => ({})
      }
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-theme-ref]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes({ class: 'ref-chip ref-chip--theme' }, HTMLAttributes),
      themeRefText(String(node.attrs.label))
    ]
  },

  renderText({ node }) {
    return themeRefText(String(node.attrs.label))
  },

  addCommands() {
    return {
      insertThemeRef:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs })
    }
  }
})
