import { describe, expect, it } from 'vitest'
import { humanDate } from './human-date'

describe('humanDate', () => {
  it('writes the calendar date as written, in English, whatever the time zone or locale', () => {
    expect(humanDate('2024-05-30')).toBe('30 May 2024')
    expect(humanDate('2026-12-02T04:45:57.768Z')).toBe('2 December 2026')
    expect(humanDate('2024-06-01T23:30:00-05:00')).toBe('1 June 2024')
    expect(humanDate('2024-01-09')).toBe('9 January 2024')
  })

  it('returns anything else unchanged', () => {
    expect(humanDate('undated')).toBe('undated')
    expect(humanDate('2024-13-01')).toBe('2024-13-01')
  })
})
