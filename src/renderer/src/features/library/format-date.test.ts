import { describe, expect, it } from 'vitest'
import { formatDate } from './format-date'

describe('formatDate', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2024-05-30', 'en-GB')).toBe('30 May 2024')
  })
  it('returns empty for missing dates and the raw value when unparseable', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('sometime')).toBe('sometime')
  })
})
