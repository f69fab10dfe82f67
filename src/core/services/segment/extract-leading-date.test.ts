import { describe, expect, it } from 'vitest'
import { extractLeadingDate } from './extract-leading-date'

describe('extractLeadingDate', () => {
  it('recognises the supported first-line forms', () => {
    expect(extractLeadingDate(' date 2024-05-30 \n\nBody')).toEqual({
      date: '2024-05-30',
      bodyStart: 18
    })
    expect(extractLeadingDate('Date: 2024-05-30\r\nBody').date).toBe('2024-05-30')
    expect(extractLeadingDate('2024-05-30\nBody')).toEqual({ date: '2024-05-30', bodyStart: 11 })
    expect(extractLeadingDate('2024-05-30')).toEqual({ date: '2024-05-30', bodyStart: 10 })
  })

  it('ignores text that is not a date line', () => {
    expect(extractLeadingDate('On 2024-05-30 it rained.')).toEqual({ date: null, bodyStart: 0 })
    expect(extractLeadingDate('2024-13-40\nx')).toEqual({ date: null, bodyStart: 0 })
    expect(extractLeadingDate('')).toEqual({ date: null, bodyStart: 0 })
  })
})
