import type { NodeType } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { OpenRef, RefAttrs } from './ref-attrs'

/** A click on a chip of `type` (main button, no Shift or Alt) opens it rather than placing the cursor. */
export function chipClickHandler(type: NodeType, open: OpenRef): Plugin {
  return new Plugin({
    key: new PluginKey(`${type.name}Click`),
    props: {
      handleClickOn: (_view, _pos, node, _nodePos, event) => {
        if (node.type !== type || event.button !== 0 || event.shiftKey || event.altKey) return false
        void open(node.attrs as RefAttrs)
        return true
      }
    }
  })
}
