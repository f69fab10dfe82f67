import { describe, expect, it } from 'vitest'
import { hasExactMatch, rankOptions } from './rank-options'

const opts = [
  { id: '1', label: 'Escalation risk' },
  { id: '2', label: 'Nuclear deterrence' },
  { id: '3', label: 'Risk' },
  { id: '4', label: 'Jens Stoltenberg', aliases: ['NATO Secretary General'] },
  { id: '5', label: 'Zelenskyy' }
]

describe('rankOptions', () => {
  it('keeps the given order for an empty query', () => {
    expect(rankOptions(opts, '  ').map((o) => o.id)).toEqual(['1', '2', '3', '4', '5'])
  })
  it('ranks exact, prefix, word-prefix, then substring', () => {
    expect(rankOptions(opts, 'risk').map((o) => o.id)).toEqual(['3', '1'])
    expect(rankOptions(opts, 'ter').map((o) => o.id)).toEqual(['2'])
  })
  it('matches aliases and ignores accents and case', () => {
    expect(rankOptions(opts, 'nato').map((o) => o.id)).toEqual(['4'])
    expect(rankOptions([{ id: 'x', label: 'Élysée' }], 'elys').map((o) => o.id)).toEqual(['x'])
  })
  it('limits the results', () => {
    expect(rankOptions(opts, '', 2)).toHaveLength(2)
  })
})

describe('hasExactMatch', () => {
  it('compares folded names', () => {
    expect(hasExactMatch(opts, 'RISK ')).toBe(true)
    expect(hasExactMatch(opts, 'ris')).toBe(false)
    expect(hasExactMatch(opts, 'nato secretary general')).toBe(true)
  })
})
