import type { Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'
import { chunkEnd, type Document } from '../../../../shared/domain'
import { dispatchTextChunk } from './reader-plugins'
import { NEXT_CHUNK_CHARS, nextChunkChars } from './text-chunks'

/** A task after the current one, without the clamping nested timers get. */
function nextTask(run: () => void): () => void {
  const channel = new MessageChannel()
  channel.port1.onmessage = run
  channel.port2.postMessage(null)
  return () => channel.port1.close()
}

/**
 * Appends the rest of the document's paragraphs to a reader that shows the first chunk, one chunk per task, each
 * sized to take about CHUNK_TARGET_MS, so the first screen paints at once and no task grows long. True once
 * the whole text is in: `document` may be only its head (`whole` false), and loading goes on when the whole comes.
 */
export function useTextLoading(
  editor: Editor | null,
  document: Pick<Document, 'text' | 'paragraphs'>,
  whole: boolean
): boolean {
  const [complete, setComplete] = useState(false)
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const total = document.paragraphs.length
    let chars = NEXT_CHUNK_CHARS
    let cancel = (): void => {}
    const step = (): void => {
      if (editor.isDestroyed) return
      const from = editor.state.doc.childCount
      if (total === 0 || from >= total) {
        if (whole) setComplete(true)
        return
      }
      const to = chunkEnd(document.paragraphs, from, chars)
      const started = performance.now()
      dispatchTextChunk(editor.view, document, from, to)
      chars = nextChunkChars(chars, performance.now() - started)
      cancel = nextTask(step)
    }
    cancel = nextTask(step)
    return () => cancel()
  }, [editor, document, whole])
  return complete
}
