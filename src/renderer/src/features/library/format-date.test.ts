import { describe, expect, it } from 'vitest'
import { formatDate } from './format-date'

describe('formatDate', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2024-05-30', 'en-GB')).toBe('30 May 2024')
    expect(formatDate('2024-01-01', 'en-GB')).toBe('1 Jan 2024')
  })
  it('keeps locales apart', () => {
    expect(formatDate('2024-05-30', 'en-US')).toBe('May 30, 2024')
    expect(formatDate('2024-05-30', 'en-GB')).toBe('30 May 2024')
  })
  it('formats timestamps in local time', () => {
    const at = '2024-05-30T12:00:00.000Z'
    expect(formatDate(at, 'en-GB')).toBe(
      new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
    )
  })
  it('returns empty for missing dates and the raw value when unparseable', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('sometime')).toBe('sometime')
  })
})
