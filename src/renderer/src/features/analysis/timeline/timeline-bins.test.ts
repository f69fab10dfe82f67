import { describe, expect, it } from 'vitest'
import { binDays, binWidthFor, timelineBins } from './timeline-bins'

const day = (d: number, h = 0) => Date.UTC(2024, 0, d, h)

describe('timeline bins', () => {
  it('counts points per lane and day', () => {
    const points = {
      statementIds: ['a', 'b', 'c', 'd', 'e'],
      times: [day(10), day(10, 15), day(12), day(10, 9), day(12, 23)],
      lanes: [0, 0, 0, 1, 0],
      documents: [0, 0, 1, 0, 1]
    }
    expect(timelineBins(points, 24 * 3600_000)).toEqual([
      { lane: 0, start: day(10), end: day(11), count: 2 },
      { lane: 0, start: day(12), end: day(13), count: 2 },
      { lane: 1, start: day(10), end: day(11), count: 1 }
    ])
  })

  it('picks the narrowest width that keeps the bins few, and gives a bin its days', () => {
    expect(binWidthFor(day(1), day(1, 20))).toBe(600_000)
    expect(binWidthFor(day(1), day(3))).toBe(3600_000)
    expect(binWidthFor(day(1), day(31))).toBe(24 * 3600_000)
    expect(binWidthFor(Date.UTC(2000, 0, 1), Date.UTC(2024, 0, 1))).toBe(91 * 24 * 3600_000)
    expect(binDays({ start: day(10), end: day(17) })).toEqual({ from: '2024-01-10', to: '2024-01-16' })
  })
})
