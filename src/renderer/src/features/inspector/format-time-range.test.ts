import { describe, expect, it } from 'vitest'
import { formatTimeRange } from './format-time-range'

describe('formatTimeRange', () => {
  it('shows minutes and seconds, and hours once a recording passes an hour', () => {
    expect(formatTimeRange(83_000, 90_400)).toBe('1:23–1:30')
    expect(formatTimeRange(9_000, 61_000)).toBe('0:09–1:01')
    expect(formatTimeRange(3_725_000, 3_729_999)).toBe('1:02:05–1:02:09')
    expect(formatTimeRange(3_500_000, 3_600_000)).toBe('0:58:20–1:00:00')
  })
})
