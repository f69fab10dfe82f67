import { describe, expect, it } from 'vitest'
import { CHUNK_TARGET_MS, nextChunkChars } from './text-chunks'

describe('nextChunkChars', () => {
  it('aims at the target time, growing at most twofold and within bounds', () => {
    expect(nextChunkChars(10_000, CHUNK_TARGET_MS * 2)).toBe(5_000)
    expect(nextChunkChars(10_000, 1)).toBe(20_000)
    expect(nextChunkChars(10_000, 0)).toBe(20_000)
    expect(nextChunkChars(3_000, 1_000)).toBe(2_000)
    expect(nextChunkChars(60_000, 1)).toBe(80_000)
  })
})
