import { describe, expect, it } from 'vitest'
import { normalizeDate } from './normalize-date'

describe('normalizeDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00+01:00', '2024-03-05T10:00:00+01:00'],
    ['2024-03-05T10:00:00', '2024-03-05'],
    ['2024-03-05 10:00', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ["D:20240305120000+01'00'", '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00.000Z'],
    ['03/05/2024', null],
    ['2024', null],
    ['2024-02-30', null],
    ['yesterday', null],
    ['', null]
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected)
  })

  it('reads Date objects and ignores other values', () => {
    expect(normalizeDate(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05')
    expect(normalizeDate(new Date(Date.UTC(2024, 2, 5, 10)))).toBe('2024-03-05T10:00:00.000Z')
    expect(normalizeDate(20240305)).toBeNull()
    expect(normalizeDate(undefined)).toBeNull()
  })
})
