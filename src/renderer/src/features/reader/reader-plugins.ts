import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { OffsetMap } from './offset-map'
import { buildReaderDecorations, type ReaderData, type ReaderIndex } from './reader-decorations'

interface DataState {
  set: DecorationSet
  index: ReaderIndex
}

export interface FocusState {
  hoverId: string | null
  selected: { kind: 'statement' | 'annotation'; id: string } | null
}

export const readerDataKey = new PluginKey<DataState>('readerData')
export const readerFocusKey = new PluginKey<FocusState>('readerFocus')

const emptyIndex = (): ReaderIndex => ({ statementRanges: new Map(), annotationRanges: new Map() })

/** Sets new document data: the decorations are rebuilt once, here, and kept in plugin state until the next call. */
export function dispatchReaderData(view: EditorView, data: ReaderData, map: OffsetMap): void {
  const built = buildReaderDecorations(view.state.doc, data, map)
  view.dispatch(
    withDomSelection(view, view.state.tr.setMeta(readerDataKey, built).setMeta('addToHistory', false))
  )
}

/**
 * Dispatches a focus change. The browser may have moved the text selection (a click, a drag) before ProseMirror read
 * it; the transaction carries the DOM's selection so that updating the view does not put back a stale one.
 */
export function dispatchReaderFocus(view: EditorView, patch: Partial<FocusState>): void {
  const tr = view.state.tr.setMeta(readerFocusKey, patch).setMeta('addToHistory', false)
  view.dispatch(withDomSelection(view, tr))
}

function withDomSelection(view: EditorView, tr: Transaction): Transaction {
  const sel = view.dom.ownerDocument.getSelection()
  if (
    !sel?.anchorNode ||
    !sel.focusNode ||
    !view.dom.contains(sel.anchorNode) ||
    !view.dom.contains(sel.focusNode)
  )
    return tr
  try {
    const anchor = view.posAtDOM(sel.anchorNode, sel.anchorOffset)
    const head = view.posAtDOM(sel.focusNode, sel.focusOffset)
    const current = view.state.selection
    if (current.anchor !== anchor || current.head !== head)
      tr.setSelection(TextSelection.create(tr.doc, anchor, head))
  } catch {
    // A selection inside a gutter widget has no document position; keep ProseMirror's.
  }
  return tr
}

export function readerIndex(state: EditorState): ReaderIndex {
  return readerDataKey.getState(state)?.index ?? emptyIndex()
}

/** Inline decorations that mark a range as one outlined unit: the whole range, plus its first and last character. */
function outlined(from: number, to: number, className: string): Decoration[] {
  const decos = [Decoration.inline(from, to, { class: className })]
  if (to - from >= 1) {
    decos.push(Decoration.inline(from, from + 1, { class: `${className}-first` }))
    decos.push(Decoration.inline(to - 1, to, { class: `${className}-last` }))
  }
  return decos
}

/**
 * Two plugins: the document's decorations (statements, highlights, gutter), replaced only by `setReaderData`; and a
 * tiny set for what is hovered or selected, so pointer moves never rebuild the big set.
 */
export const ReaderDecorations = Extension.create({
  name: 'readerDecorations',

  addProseMirrorPlugins() {
    const data = new Plugin<DataState>({
      key: readerDataKey,
      state: {
        init: () => ({ set: DecorationSet.empty, index: emptyIndex() }),
        apply: (tr, prev) => (tr.getMeta(readerDataKey) as DataState | undefined) ?? prev
      },
      props: {
        decorations: (state) => readerDataKey.getState(state)?.set
      }
    })

    const focus = new Plugin<FocusState>({
      key: readerFocusKey,
      state: {
        init: () => ({ hoverId: null, selected: null }),
        apply: (tr, prev) => {
          const patch = tr.getMeta(readerFocusKey) as Partial<FocusState> | undefined
          return patch ? { ...prev, ...patch } : prev
        }
      },
      props: {
        decorations: (state) => {
          const f = readerFocusKey.getState(state)
          if (!f || (!f.hoverId && !f.selected)) return null
          const { statementRanges, annotationRanges } = readerIndex(state)
          const decos: Decoration[] = []
          const hover = f.hoverId ? statementRanges.get(f.hoverId) : undefined
          if (hover && f.hoverId !== f.selected?.id)
            decos.push(Decoration.inline(hover.from, hover.to, { class: 'stmt-hover' }))
          if (f.selected?.kind === 'statement') {
            const r = statementRanges.get(f.selected.id)
            if (r) decos.push(...outlined(r.from, r.to, 'stmt-selected'))
          } else if (f.selected?.kind === 'annotation') {
            const r = annotationRanges.get(f.selected.id)
            if (r) decos.push(...outlined(r.from, r.to, 'hl-selected'))
          }
          return DecorationSet.create(state.doc, decos)
        }
      }
    })

    return [data, focus]
  }
})
