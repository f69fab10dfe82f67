import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { Document } from '../../../../shared/domain'
import type { OffsetMap } from './offset-map'
import { buildReaderDecorations, type ReaderData, type ReaderIndex } from './reader-decorations'
import { readerParagraphs } from './reader-schema'

interface ReaderSource {
  data: ReaderData
  map: OffsetMap
}

interface DataState {
  /** Decorations of the text loaded so far; those of the rest are built as it comes. */
  set: DecorationSet
  index: ReaderIndex
  source: ReaderSource | null
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
  const source: ReaderSource = { data, map }
  view.dispatch(
    withDomSelection(view, view.state.tr.setMeta(readerDataKey, source).setMeta('addToHistory', false))
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

/**
 * Appends paragraphs [from, to) of the document to a reader that holds the paragraphs before `from`: a long text
 * is loaded in chunks, each its own short task, and the decorations that fall in the new text are added with it.
 */
export function dispatchTextChunk(
  view: EditorView,
  document: Pick<Document, 'text' | 'paragraphs'>,
  from: number,
  to: number
): void {
  view.dispatch(withDomSelection(view, textChunkTransaction(view.state, document, from, to)))
}

export function textChunkTransaction(
  state: EditorState,
  document: Pick<Document, 'text' | 'paragraphs'>,
  from: number,
  to: number
): Transaction {
  const nodes = readerParagraphs(state.schema, document, from, to)
  return state.tr.insert(state.doc.content.size, nodes).setMeta('addToHistory', false)
}

/** New data: the decorations of the text loaded so far. */
function withSource(doc: PMNode, source: ReaderSource): DataState {
  const { decorations, index } = buildReaderDecorations(source.data, source.map, -1, doc.content.size)
  return { set: DecorationSet.create(doc, decorations), index, source }
}

/** After text was appended: the decorations that end in it join the set. */
function withAppended(tr: Transaction, prev: DataState): DataState {
  if (!prev.source) return prev
  const { data, map } = prev.source
  const added = buildReaderDecorations(data, map, tr.before.content.size, tr.doc.content.size).decorations
  const set = prev.set.map(tr.mapping, tr.doc)
  return { ...prev, set: added.length ? set.add(tr.doc, added) : set }
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

/** The document's decorations, replaced by `dispatchReaderData` and grown by `dispatchTextChunk`. */
export function readerDataPlugin(): Plugin<DataState> {
  return new Plugin<DataState>({
    key: readerDataKey,
    state: {
      init: () => ({ set: DecorationSet.empty, index: emptyIndex(), source: null }),
      apply: (tr, prev) => {
        const source = tr.getMeta(readerDataKey) as ReaderSource | undefined
        if (source) return withSource(tr.doc, source)
        return tr.docChanged ? withAppended(tr, prev) : prev
      }
    },
    props: {
      decorations: (state) => readerDataKey.getState(state)?.set
    }
  })
}

/**
 * Two plugins: the document's decorations (statements, highlights, gutter), replaced only by `setReaderData`; and a
 * tiny set for what is hovered or selected, so pointer moves never rebuild the big set.
 */
export const ReaderDecorations = Extension.create({
  name: 'readerDecorations',

  addProseMirrorPlugins() {
    const data = readerDataPlugin()

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
          const size = state.doc.content.size
          const loaded = (r: { from: number; to: number } | undefined) => (r && r.to <= size ? r : undefined)
          const decos: Decoration[] = []
          const hover = f.hoverId ? loaded(statementRanges.get(f.hoverId)) : undefined
          if (hover && f.hoverId !== f.selected?.id)
            decos.push(Decoration.inline(hover.from, hover.to, { class: 'stmt-hover' }))
          if (f.selected?.kind === 'statement') {
            const r = loaded(statementRanges.get(f.selected.id))
            if (r) decos.push(...outlined(r.from, r.to, 'stmt-selected'))
          } else if (f.selected?.kind === 'annotation') {
            const r = loaded(annotationRanges.get(f.selected.id))
            if (r) decos.push(...outlined(r.from, r.to, 'hl-selected'))
          }
          return DecorationSet.create(state.doc, decos)
        }
      }
    })

    return [data, focus]
  }
})
