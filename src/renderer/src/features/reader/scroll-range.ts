import type { EditorView } from '@tiptap/pm/view'

const MARGIN = 24

export function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p)
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p
  }
  return null
}

/**
 * Scrolls the least needed to show a range of the document whole (with a margin), or its start when it is taller
 * than the view. The first line alone (scrollIntoView on the statement's first piece) can leave the rest below.
 */
export function scrollRangeIntoView(view: EditorView, range: { from: number; to: number }): void {
  const container = scrollParent(view.dom)
  if (!container) return
  let top: number
  let bottom: number
  try {
    top = view.coordsAtPos(range.from, 1).top
    bottom = view.coordsAtPos(range.to, -1).bottom
  } catch {
    return
  }
  const box = container.getBoundingClientRect()
  let delta = 0
  if (bottom > box.bottom - MARGIN) delta = bottom - box.bottom + MARGIN
  if (top - delta < box.top + MARGIN) delta = top - box.top - MARGIN
  if (delta) container.scrollBy({ top: delta, behavior: 'instant' })
}

/** Puts the browser's selection on a document range (a read-only view does not draw its own selection). */
export function setDomSelection(view: EditorView, anchor: number, head: number): void {
  const sel = view.dom.ownerDocument.getSelection()
  if (!sel) return
  try {
    const a = view.domAtPos(anchor)
    const h = view.domAtPos(head)
    sel.setBaseAndExtent(a.node, a.offset, h.node, h.offset)
  } catch {
    // Outside the document: leave the selection as it is.
  }
}

/** What the reader does to scroll themselves: any of these ends a hold. */
const OWN_SCROLL = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const

/**
 * Keeps what `where` locates (its box on screen) in view while the text around it settles (decorations, speakers'
 * names and the rest of a document drawn after it was scrolled to move it): when it has left the view, `rescroll`
 * brings it back. Ends after `ms`, or as soon as the reader scrolls, clicks or types. Returns a function that ends it.
 */
export function holdInView(
  view: EditorView,
  where: () => { top: number; bottom: number } | null,
  rescroll: () => void,
  ms = 3000
): () => void {
  const container = scrollParent(view.dom)
  if (!container) return () => undefined
  const until = performance.now() + ms
  let frame = 0
  const stop = () => {
    cancelAnimationFrame(frame)
    for (const type of OWN_SCROLL) container.removeEventListener(type, stop, true)
  }
  for (const type of OWN_SCROLL) container.addEventListener(type, stop, true)
  const check = () => {
    if (view.isDestroyed || performance.now() > until) return stop()
    const at = where()
    if (at) {
      const box = container.getBoundingClientRect()
      if (at.bottom <= box.top || at.top >= box.bottom) rescroll()
    }
    frame = requestAnimationFrame(check)
  }
  frame = requestAnimationFrame(check)
  return stop
}
