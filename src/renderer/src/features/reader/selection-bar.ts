import type { Editor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import { readerIndex } from './reader-plugins'

/**
 * Places the margin bar beside the lines of the selected statement (`statementId`), hidden when none is. Runs after
 * the reader's data and focus are dispatched (call it after those effects), and again when the loaded text reflows.
 */
export function useSelectionBar(
  editor: Editor | null,
  statementId: string | null,
  signature: string,
  textComplete: boolean
) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const bar = ref.current
    if (!bar || !editor || editor.isDestroyed) return
    const place = (): void => {
      const range = statementId ? readerIndex(editor.state).statementRanges.get(statementId) : undefined
      const host = bar.parentElement
      if (!range || !host) {
        bar.hidden = true
        return
      }
      try {
        const start = editor.view.coordsAtPos(range.from, 1)
        const end = editor.view.coordsAtPos(range.to, -1)
        const top = host.getBoundingClientRect().top
        bar.style.top = `${start.top - top}px`
        bar.style.height = `${Math.max(end.bottom - start.top, 4)}px`
        bar.hidden = false
      } catch {
        bar.hidden = true
      }
    }
    place()
    // Text still loading grows below what is shown; the bar is placed again once it is all in.
    const observer = new ResizeObserver(() => {
      if (textComplete) place()
    })
    observer.observe(editor.view.dom)
    return () => observer.disconnect()
  }, [editor, statementId, signature, textComplete])
  return ref
}
