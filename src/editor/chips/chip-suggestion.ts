import type { Editor } from '@tiptap/core'
import type { NodeType } from '@tiptap/pm/model'
import type { Plugin } from '@tiptap/pm/state'
import { Suggestion, type SuggestionOptions } from '@tiptap/suggestion'
import type { SuggestionItem } from './suggestion-popup'

/** The chips a query matches, best first. */
export type ChipItems = (props: { query: string }) => SuggestionItem[] | Promise<SuggestionItem[]>

/**
 * A suggestion list opened by `options.char`; the item picked replaces the trigger and query with a chip of `type`,
 * with no space after it (the next key typed decides).
 */
export function chipSuggestion(
  editor: Editor,
  type: NodeType,
  options: Omit<SuggestionOptions<SuggestionItem, SuggestionItem>, 'editor' | 'command'>
): Plugin {
  return Suggestion<SuggestionItem, SuggestionItem>({
    ...options,
    editor,
    command: ({ editor: ed, range, props }) =>
      ed
        .chain()
        .focus()
        .deleteRange(range)
        .insertContent({ type: type.name, attrs: { id: props.id, label: props.label } })
        .run()
  })
}
