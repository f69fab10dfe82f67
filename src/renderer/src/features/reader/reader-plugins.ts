import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
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
export function setReaderData(state: EditorState, data: ReaderData, map: OffsetMap) {
  return state.tr
    .setMeta(readerDataKey, buildReaderDecorations(state.doc, data, map))
    .setMeta('addToHistory', false)
}

export function setReaderFocus(state: EditorState, patch: Partial<FocusState>) {
  return state.tr.setMeta(readerFocusKey, patch).setMeta('addToHistory', false)
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
