import { describe, expect, it } from 'vitest'
import { ariaSort, COLUMNS, DEFAULT_SORT, formatDate, nextSort } from './claims-columns'

describe('nextSort', () => {
  it('cycles ascending, descending, default', () => {
    const a = nextSort(DEFAULT_SORT, 'speaker')
    expect(a).toEqual({ key: 'speaker', descending: false })
    const b = nextSort(a, 'speaker')
    expect(b).toEqual({ key: 'speaker', descending: true })
    expect(nextSort(b, 'speaker')).toEqual(DEFAULT_SORT)
    expect(nextSort(b, 'date')).toEqual({ key: 'date', descending: false })
  })
})

describe('ariaSort', () => {
  it('reports the state of each column', () => {
    const text = COLUMNS.find((c) => c.id === 'text')!
    const notes = COLUMNS.find((c) => c.id === 'annotations')!
    expect(ariaSort(DEFAULT_SORT, text)).toBe('none')
    expect(ariaSort({ key: 'text', descending: true }, text)).toBe('descending')
    expect(ariaSort({ key: 'annotations', descending: false }, notes)).toBe('ascending')
  })

  it('lets every column sort', () => {
    expect(COLUMNS.filter((c) => !c.sort)).toEqual([])
  })
})

describe('formatDate', () => {
  const local = (d: Date) =>
    new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' }).format(d)

  it('formats a day as that local day, and again the same from its cache', () => {
    expect(formatDate('2024-06-14')).toBe(local(new Date(2024, 5, 14)))
    expect(formatDate('2024-06-14')).toBe(local(new Date(2024, 5, 14)))
    expect(formatDate('2024-06-15')).toBe(local(new Date(2024, 5, 15)))
  })

  it('formats timestamps, and gives nothing for null or garbage', () => {
    expect(formatDate('2024-06-14T12:00:00Z')).toBe(local(new Date('2024-06-14T12:00:00Z')))
    expect(formatDate(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
    expect(formatDate('not a date')).toBe('')
  })
})
