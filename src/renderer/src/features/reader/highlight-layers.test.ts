import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assignLayers, highlightSegmenter, segmentHighlights, segmentLook } from './highlight-layers'

const h = (id: string, start: number, end: number, color: string | null = '#111111') => ({
  id,
  start,
  end,
  color
})

describe('assignLayers', () => {
  it('puts disjoint highlights on layer 0', () => {
    const layers = assignLayers([h('a', 0, 5), h('b', 5, 9), h('c', 20, 30)])
    expect([...layers.values()]).toEqual([0, 0, 0])
  })
  it('stacks nested and chained overlaps', () => {
    const layers = assignLayers([h('inner', 3, 6), h('outer', 0, 10), h('third', 4, 5), h('later', 8, 12)])
    expect(layers.get('outer')).toBe(0)
    expect(layers.get('inner')).toBe(1)
    expect(layers.get('third')).toBe(2)
    expect(layers.get('later')).toBe(1)
  })
  it('gives the longer of two same-start highlights the lower layer', () => {
    const layers = assignLayers([h('short', 0, 3), h('long', 0, 9)])
    expect(layers.get('long')).toBe(0)
    expect(layers.get('short')).toBe(1)
  })
})

describe('segmentHighlights', () => {
  it('returns nothing for no highlights or empty ranges', () => {
    expect(segmentHighlights([])).toEqual([])
    expect(segmentHighlights([h('a', 4, 4)])).toEqual([])
  })
  it('cuts overlaps into segments listing their highlights by layer', () => {
    const segs = segmentHighlights([h('a', 0, 10, '#aa0000'), h('b', 5, 15, null)])
    expect(segs).toEqual([
      { start: 0, end: 5, ids: ['a'], colors: ['#aa0000'] },
      { start: 5, end: 10, ids: ['a', 'b'], colors: ['#aa0000', null] },
      { start: 10, end: 15, ids: ['b'], colors: [null] }
    ])
  })
  it('skips gaps between highlights', () => {
    const segs = segmentHighlights([h('a', 0, 2), h('b', 6, 8)])
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [6, 8]
    ])
  })
  it('covers every highlighted offset exactly once, for many overlapping highlights', () => {
    const items = Array.from({ length: 2000 }, (_, i) =>
      h(`h${i}`, (i * 37) % 50_000, ((i * 37) % 50_000) + 5 + (i % 90))
    )
    const t = performance.now()
    const segs = segmentHighlights(items)
    expect(performance.now() - t).toBeLessThan(300)
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBeGreaterThanOrEqual(segs[i - 1]!.end)
    const covered = segs.reduce((n, s) => n + (s.end - s.start), 0)
    const union = new Set<number>()
    for (const it of items) for (let o = it.start; o < it.end; o++) union.add(o)
    expect(covered).toBe(union.size)
  })
})

describe('highlightSegmenter', () => {
  it('gives, a stretch at a time, the same segments as cutting the whole text at once', () => {
    const highlight = fc
      .tuple(fc.nat(200), fc.nat(40), fc.constantFrom('#111111', '#222222', null))
      .map(([start, length, color]) => ({ start, end: start + length, color }))
    fc.assert(
      fc.property(
        fc.array(highlight, { maxLength: 30 }),
        fc.array(fc.nat(260), { maxLength: 6 }),
        (hs, limits) => {
          const items = hs.map((x, i) => ({ id: `h${i}`, ...x }))
          const next = highlightSegmenter(items)
          const pieces = [...limits.sort((a, b) => a - b), Infinity].flatMap((limit) => {
            const segs = next(limit)
            expect(segs.every((s) => s.end <= limit)).toBe(true)
            return segs
          })
          expect(pieces).toEqual(segmentHighlights(items))
        }
      )
    )
  })
})

describe('segmentLook', () => {
  it('uses the default colour for untagged highlights and caps drawn layers', () => {
    expect(segmentLook({ start: 0, end: 1, ids: ['a'], colors: [null] })).toEqual({
      className: 'hl hl-n1',
      style: '--hl0:var(--hl-default)'
    })
    const look = segmentLook({
      start: 0,
      end: 1,
      ids: ['a', 'b', 'c', 'd'],
      colors: ['#1', '#2', '#3', '#4']
    })
    expect(look.className).toBe('hl hl-n3')
    expect(look.style).toBe('--hl0:#1;--hl1:#2;--hl2:#3')
  })
})
