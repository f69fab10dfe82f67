import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../../shared/domain'
import { statementsInRangeOf } from './statements-of-annotation'
import { attributionText } from './attribution-text'

const st = (id: string, start: number, end: number): Statement => ({
  id,
  documentId: 'd',
  start,
  end,
  text: id,
  paragraphIndex: 0,
  speakerId: null,
  attribution: { method: 'none' },
  themeIds: []
})

describe('statementsInRangeOf', () => {
  it('returns overlapping statements in order', () => {
    const all = [st('b', 10, 20), st('a', 0, 10), st('c', 20, 30)]
    expect(statementsInRangeOf(all, { start: 5, end: 12 }).map((s) => s.id)).toEqual(['a', 'b'])
    expect(statementsInRangeOf(all, { start: 10, end: 20 }).map((s) => s.id)).toEqual(['b'])
  })
})

describe('attributionText', () => {
  it('explains where the speaker came from', () => {
    expect(
      attributionText({ attribution: { method: 'auto', cue: 'Stoltenberg said' }, speakerId: 'x' })
    ).toBe('auto: “Stoltenberg said”')
    expect(attributionText({ attribution: { method: 'analyst', at: '2024' }, speakerId: 'x' })).toBe(
      'set by analyst'
    )
    expect(attributionText({ attribution: { method: 'none' }, speakerId: null })).toBe('no attribution found')
  })
})
