import { describe, expect, it } from 'vitest'
import { evaluateWebPages, wordF1, wordTokens } from './web-extraction'

describe('word-level F1', () => {
  it('tokenizes lowercase Unicode words, Chinese and Japanese included, without punctuation', () => {
    expect(wordTokens('Hello, World! Ça va? 2024')).toEqual(['hello', 'world', 'ça', 'va', '2024'])
    expect(wordTokens('東京で会議')).not.toEqual(['東京で会議'])
    expect(wordTokens('東京で会議').join('')).toBe('東京で会議')
  })

  it('scores identical texts 1, disjoint texts 0, and partial overlap by counts', () => {
    expect(wordF1('the cat sat', 'The cat sat.')).toEqual({ f1: 1, precision: 1, recall: 1 })
    expect(wordF1('alpha beta', 'gamma delta')).toEqual({ f1: 0, precision: 0, recall: 0 })
    // Half of what was imported is in the article, and all of the article was imported.
    const half = wordF1('one two three four', 'one two')
    expect(half.precision).toBe(0.5)
    expect(half.recall).toBe(1)
    expect(half.f1).toBeCloseTo(2 / 3)
    // Repeated words count as often as they occur in both: overlap 2 of "a a a" against "a a b".
    const repeats = wordF1('a a a', 'a a b')
    expect(repeats.precision).toBeCloseTo(2 / 3)
    expect(repeats.recall).toBeCloseTo(2 / 3)
    expect(wordF1('', 'something')).toEqual({ f1: 0, precision: 0, recall: 0 })
    expect(wordF1('', '')).toEqual({ f1: 1, precision: 1, recall: 1 })
  })
})

describe('web-page import on saved news pages', () => {
  it('keeps the article text and nothing else: mean F1 ≥ 0.97, every page ≥ 0.90', async () => {
    const ev = await evaluateWebPages()
    expect(ev.pages.length).toBeGreaterThanOrEqual(20)
    const weak = ev.pages
      .filter((p) => p.f1 < 0.9)
      .map((p) => `${p.name} ${p.f1.toFixed(3)} ${p.error ?? ''}`)
    expect(weak).toEqual([])
    expect(ev.minF1).toBeGreaterThanOrEqual(0.9)
    expect(ev.meanF1).toBeGreaterThanOrEqual(0.97)
  }, 300_000)
})
