import { Node, mergeAttributes } from '@tiptap/core'
import type { Plugin } from '@tiptap/pm/state'
import { PluginKey } from '@tiptap/pm/state'
import { themeRefText } from '../../../shared/domain/rich-text-plain'
import { chipClickHandler } from '../../chips/chip-click-handler'
import { chipSuggestion, type ChipItems } from '../../chips/chip-suggestion'
import { openSelectedChip } from '../../chips/open-selected-chip'
import type { OpenRef, RefAttrs } from '../../chips/ref-attrs'
import { popupRenderer, type SuggestionRender } from '../../chips/suggestion-popup'

export interface ThemeRefOptions {
  /** The themes a query matches, listed when `#` is typed; without it `#` is plain text. */
  items: ChipItems | null
  /** Draws the list of matches (default: a plain-DOM listbox). */
  render: SuggestionRender
  /** Opens the theme: on a click on the chip, or Enter when it is selected. */
  open: OpenRef | null
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    themeRef: {
      /** Inserts a reference chip to a theme at the selection, with no space after it (the next key typed decides). */
      insertThemeRef: (attrs: RefAttrs) => ReturnType
    }
  }
}

/**
 * An inline, atomic chip pointing at a theme: `<span data-theme-ref="id">#label</span>`. `#` opens a list of
 * matching themes; a click (or Enter on the selected chip) opens the theme.
 */
export const ThemeRef = Node.create<ThemeRefOptions>({
  name: 'themeRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { items: null, render: popupRenderer('themes'), open: null }
  },

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
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => openSelectedChip(this.editor.state, this.type, this.options.open)
    }
  },

  addProseMirrorPlugins() {
    const { items, render, open } = this.options
    const plugins: Plugin[] = []
    if (items)
      plugins.push(
        chipSuggestion(this.editor, this.type, {
          items,
          render,
          char: '#',
          pluginKey: new PluginKey('themeHash')
        })
      )
    if (open) plugins.push(chipClickHandler(this.type, open))
    return plugins
  }
})
