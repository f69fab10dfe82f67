import type { NodeType } from '@tiptap/pm/model'
import { NodeSelection, type EditorState } from '@tiptap/pm/state'
import type { OpenRef, RefAttrs } from './ref-attrs'

/** Opens the chip of `type` that is selected (the Enter key's job on a chip); false when none is. */
export function openSelectedChip(state: EditorState, type: NodeType, open: OpenRef | null): boolean {
  const { selection } = state
  if (!open || !(selection instanceof NodeSelection) || selection.node.type !== type) return false
  void open(selection.node.attrs as RefAttrs)
  return true
}
