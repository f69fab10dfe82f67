/** Characters in the first chunk: more than a tall window shows, so the first screen is whole. */
export const FIRST_CHUNK_CHARS = 6_000
/** Characters in the next chunk to start with; later chunks adapt to how long the last one took. */
export const NEXT_CHUNK_CHARS = 12_000
/** Time one chunk may take (ms), well inside a 50 ms task. */
export const CHUNK_TARGET_MS = 15

/** The size of the next chunk, scaled so that it takes about CHUNK_TARGET_MS, given how long `chars` took. */
export function nextChunkChars(chars: number, tookMs: number): number {
  const scaled = tookMs > 0 ? (chars * CHUNK_TARGET_MS) / tookMs : chars * 2
  return Math.round(Math.min(Math.max(scaled, 2_000), Math.min(chars * 2, 80_000)))
}
