import type { TextRange } from './document'

/**
 * The end (exclusive paragraph index) of the chunk that starts at paragraph `from` and holds about `chars`
 * characters: whole paragraphs, at least one. The reader loads a long text in such chunks, and the core cuts a
 * document's head (documents.getHead) by the same rule, so the head is the reader's first chunk.
 */
export function chunkEnd(paragraphs: readonly TextRange[], from: number, chars: number): number {
  let end = from
  let size = 0
  while (end < paragraphs.length && (end === from || size < chars)) {
    const p = paragraphs[end]!
    size += p.end - p.start + 1
    end++
  }
  return end
}
