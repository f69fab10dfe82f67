import { Node, mergeAttributes } from '@tiptap/core'
import type { Plugin } from '@tiptap/pm/state'
import { PluginKey } from '@tiptap/pm/state'
import { statementRefText } from '../../../shared/domain/rich-text-plain'
import { chipClickHandler } from '../../chips/chip-click-handler'
import { chipSuggestion, type ChipItems } from '../../chips/chip-suggestion'
import { openSelectedChip } from '../../chips/open-selected-chip'
import type { OpenRef, RefAttrs } from '../../chips/ref-attrs'
import { popupRenderer, type SuggestionRender } from '../../chips/suggestion-popup'
import { bracketSuggestionMatch } from './bracket-trigger'
import { statementHoverCard, type DescribeStatement } from './statement-hover-card'

export interface StatementRefOptions {
  /** The statements a query matches, listed when `@` or `[[` is typed; without it those are plain text. */
  items: ChipItems | null
  /** Draws the list of matches (default: a plain-DOM listbox). */
  render: SuggestionRender
  /** Opens the cited statement: on a click on the chip, or Enter when it is selected. */
  open: OpenRef | null
  /** The quote and source shown while the pointer rests on a chip. */
  describe: DescribeStatement | null
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    statementRef: {
      /** Inserts a reference chip to a statement at the selection, with no space after it (the next key typed decides). */
      insertStatementRef: (attrs: RefAttrs) => ReturnType
    }
  }
}

/**
 * An inline, atomic chip citing a statement: `<span data-statement-ref="id">label</span>`, read as the quoted label.
 * `@` or `[[` opens a list of matching statements; a click (or Enter on the selected chip) opens the statement, and
 * hovering shows its quote and source.
 */
export const StatementRef = Node.create<StatementRefOptions>({
  name: 'statementRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { items: null, render: popupRenderer('statements'), open: null, describe: null }
  },

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
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => openSelectedChip(this.editor.state, this.type, this.options.open)
    }
  },

  addProseMirrorPlugins() {
    const { items, render, open, describe } = this.options
    const plugins: Plugin[] = []
    if (items) {
      const common = { items, render, allowSpaces: true, debounce: 120 }
      plugins.push(
        chipSuggestion(this.editor, this.type, {
          ...common,
          char: '@',
          pluginKey: new PluginKey('statementAt')
        }),
        chipSuggestion(this.editor, this.type, {
          ...common,
          char: '[[',
          pluginKey: new PluginKey('statementBrackets'),
          findSuggestionMatch: bracketSuggestionMatch
        })
      )
    }
    if (open) plugins.push(chipClickHandler(this.type, open))
    if (describe) plugins.push(statementHoverCard(describe))
    return plugins
  }
})
