import { describe, expect, it } from 'vitest'
import { isEmptyViewFilter, sameViewFilter, viewFilterOf } from './view-filter-of'

describe('viewFilterOf', () => {
  it('keeps what narrows, folding the claims bar’s single choices into lists', () => {
    expect(
      viewFilterOf({
        themeId: 't1',
        speakerIds: ['s1'],
        coding: 'any',
        linked: 'any',
        text: '  ',
        from: '2024-01-01'
      })
    ).toEqual({ themeIds: ['t1'], speakerIds: ['s1'], from: '2024-01-01' })
    expect(viewFilterOf({ themeIds: ['a'], themeId: 'b', linked: 'linked', coding: 'span' })).toEqual({
      themeIds: ['a'],
      linked: 'linked',
      coding: 'span'
    })
    expect(isEmptyViewFilter({ coding: 'any', documentIds: [] })).toBe(true)
  })

  it('compares filters regardless of list order and of fields that do not narrow', () => {
    expect(sameViewFilter({ themeIds: ['a', 'b'] }, { themeIds: ['b', 'a'], coding: 'any' })).toBe(true)
    expect(sameViewFilter({ themeIds: ['a'] }, { themeIds: ['a'], relation: 'supports' })).toBe(false)
  })
})
