import { Node, mergeAttributes } from '@tiptap/core'

export interface RefAttrs {
  id: string
  label: string
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    statementRef: {
      /** Inserts a reference chip to a statement at the selection, with no space after it (the next key typed decides). */
      insertStatementRef: (attrs: RefAttrs) => ReturnType
    }
  }
}

/** Plain-text form of a statement reference: the quoted label. */
export { statementRefText } from '../shared/domain/rich-text-plain'
import { statementRefText } from '../shared/domain/rich-text-plain'

/** An inline, atomic chip pointing at a statement: `<span data-statement-ref="id">label</span>`. */
export const StatementRef = Node.create({
  name: 'statementRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-statement-ref'),
        renderHTML: (attrs) => ({ 'data-statement-ref': attrs.id })
      },
      label: {
        default: '',
        parseHTML: (el) => el.textContent ?? '',
        renderHTML: () => ({})
      }
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-statement-ref]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes({ class: 'ref-chip ref-chip--statement' }, HTMLAttributes),
      String(node.attrs.label)
    ]
  },

  renderText({ node }) {
    return statementRefText(String(node.attrs.label))
  },

  addCommands() {
    return {
      insertStatementRef:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs })
    }
  }
})
