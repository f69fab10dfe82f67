import { describe, expect, it } from 'vitest'
import { ariaSort, COLUMNS, DEFAULT_SORT, nextSort } from './claims-columns'

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
  it('reports the state only for sortable columns', () => {
    const text = COLUMNS.find((c) => c.id === 'text')!
    const notes = COLUMNS.find((c) => c.id === 'annotations')!
    expect(ariaSort(DEFAULT_SORT, text)).toBe('none')
    expect(ariaSort({ key: 'text', descending: true }, text)).toBe('descending')
    expect(ariaSort(DEFAULT_SORT, notes)).toBeUndefined()
  })
})
