import { describe, expect, it } from 'vitest'
import { createOffsetMap } from './offset-map'

// "Alpha beta.\n\nGamma.\nDelta" -> paragraphs [0,11) [13,19) [20,25)
const paragraphs = [
  { start: 0, end: 11 },
  { start: 13, end: 19 },
  { start: 20, end: 25 }
]

describe('createOffsetMap', () => {
  const map = createOffsetMap(paragraphs)

  it('places paragraph contents one past each node start', () => {
    expect(map.contentStart(0)).toBe(1)
    expect(map.contentStart(1)).toBe(1 + 11 + 1 + 1)
    expect(map.contentStart(2)).toBe(14 + 6 + 2)
    expect(map.size).toBe(13 + 8 + 7)
  })

  it('maps offsets inside paragraphs and back', () => {
    for (const p of paragraphs) {
      for (let o = p.start; o <= p.end; o++) expect(map.toOffset(map.toPos(o))).toBe(o)
    }
    expect(map.toPos(0)).toBe(1)
    expect(map.toPos(11)).toBe(12)
    expect(map.toPos(13)).toBe(14)
    expect(map.toPos(22)).toBe(24)
  })

  it('maps offsets in the gap between paragraphs by bias', () => {
    expect(map.toPos(12, 'start')).toBe(14)
    expect(map.toPos(12, 'end')).toBe(12)
    expect(map.toPos(99, 'start')).toBe(22 + 5)
  })

  it('clamps positions on paragraph boundaries', () => {
    expect(map.toOffset(0)).toBe(0)
    expect(map.toOffset(12)).toBe(11)
    expect(map.toOffset(13)).toBe(13)
    expect(map.toOffset(1000)).toBe(25)
  })

  it('finds the paragraph of an offset', () => {
    expect(map.paragraphAt(0)).toBe(0)
    expect(map.paragraphAt(12)).toBe(0)
    expect(map.paragraphAt(13)).toBe(1)
    expect(map.paragraphAt(24)).toBe(2)
  })

  it('handles a document without paragraphs', () => {
    const empty = createOffsetMap([])
    expect(empty.toPos(5)).toBe(1)
    expect(empty.toOffset(1)).toBe(0)
  })

  it('handles paragraphs not starting at 0 and empty paragraphs', () => {
    const m = createOffsetMap([
      { start: 3, end: 3 },
      { start: 5, end: 9 }
    ])
    expect(m.toPos(0)).toBe(1)
    expect(m.toPos(3)).toBe(1)
    expect(m.toPos(5)).toBe(3)
    expect(m.toOffset(3)).toBe(5)
    expect(m.toOffset(7)).toBe(9)
  })

  it('scales to large documents', () => {
    const big = Array.from({ length: 5000 }, (_, i) => ({ start: i * 100, end: i * 100 + 98 }))
    const m = createOffsetMap(big)
    const t = performance.now()
    for (let o = 0; o < 500_000; o += 7) m.toOffset(m.toPos(o))
    expect(performance.now() - t).toBeLessThan(500)
    expect(m.toOffset(m.toPos(123_456))).toBe(123_456)
  })
})
