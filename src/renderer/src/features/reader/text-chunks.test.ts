import { describe, expect, it } from 'vitest'
import { chunkEnd, nextChunkChars } from './text-chunks'

const paragraphs = (lengths: number[]) => {
  let start = 0
  return lengths.map((n) => {
    const p = { start, end: start + n }
    start += n + 2
    return p
  })
}

describe('chunkEnd', () => {
  it('takes whole paragraphs until the chunk holds the characters asked for', () => {
    const ps = paragraphs([100, 100, 100, 100, 100])
    expect(chunkEnd(ps, 0, 150)).toBe(2)
    expect(chunkEnd(ps, 2, 150)).toBe(4)
    expect(chunkEnd(ps, 4, 150)).toBe(5)
  })

  it('takes at least one paragraph, however long', () => {
    expect(chunkEnd(paragraphs([50_000, 10]), 0, 100)).toBe(1)
  })

  it('counts empty paragraphs, and stops at the end', () => {
    expect(chunkEnd(paragraphs([0, 0, 0]), 0, 2)).toBe(2)
    expect(chunkEnd(paragraphs([10]), 1, 100)).toBe(1)
  })
})

describe('nextChunkChars', () => {
  it('aims at the target time, growing at most twofold and within bounds', () => {
    expect(nextChunkChars(10_000, 40)).toBe(5_000)
    expect(nextChunkChars(10_000, 1)).toBe(20_000)
    expect(nextChunkChars(10_000, 0)).toBe(20_000)
    expect(nextChunkChars(3_000, 1_000)).toBe(2_000)
    expect(nextChunkChars(60_000, 1)).toBe(80_000)
  })
})
