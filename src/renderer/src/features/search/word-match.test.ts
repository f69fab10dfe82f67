import { describe, expect, it } from 'vitest'
import { hasEveryWord, queryWords, wordCoverage } from './word-match'

describe('queryWords', () => {
  it('splits, lower-cases, folds accents and drops repeats', () => {
    expect(queryWords('Nuclear  escalation, NUCLEAR')).toEqual(['nuclear', 'escalation'])
    expect(queryWords('Zélensky U.S.')).toEqual(['zelensky', 'u', 's'])
  })
})

describe('hasEveryWord', () => {
  it('counts exact words, words a query word begins, and near misses', () => {
    expect(hasEveryWord(['Nuclear', 'escalation'], ['nuclear', 'escalation'])).toBe(true)
    expect(hasEveryWord(['nuclear', 'escalate'], ['nuc', 'escal'])).toBe(true)
    expect(hasEveryWord(['decision'], ['decisoin'])).toBe(true)
    expect(hasEveryWord(['nuclear'], ['nuclear', 'escalation'])).toBe(false)
  })
})

describe('wordCoverage', () => {
  const hit = (...terms: string[]) => ({ terms })
  it('says nothing for one word or no results', () => {
    expect(wordCoverage('nuclear', [hit('nuclear')])).toBeNull()
    expect(wordCoverage('nuclear escalation', [])).toBeNull()
  })

  it('tells results with every word from the fallback to any word', () => {
    expect(wordCoverage('nuclear escalation', [hit('nuclear', 'escalation')])).toBe('all')
    expect(wordCoverage('nuclear banana', [hit('nuclear'), hit('Nuclear')])).toBe('some')
  })
})
