import { describe, expect, it } from 'vitest'
import { chunkEnd } from './paragraph-chunks'

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
