import { describe, expect, it } from 'vitest'
import { splitHighlights } from './highlight-terms'

const marks = (text: string, terms: string[]): string =>
  splitHighlights(text, terms)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('')

describe('splitHighlights', () => {
  it('marks every case-insensitive occurrence', () => {
    expect(marks('NATO and nato and Nato', ['nato'])).toBe('[NATO] and [nato] and [Nato]')
  })
  it('prefers the longer term and merges adjacent matches', () => {
    expect(marks('defence spending', ['defence', 'def', 'spending'])).toBe('[defence] [spending]')
    expect(marks('abab', ['ab'])).toBe('[abab]')
  })
  it('treats terms literally (no regex injection)', () => {
    expect(marks('cost (est.) is $5.0', ['(est.)', '$5.0', '.*'])).toBe('cost [(est.)] is [$5.0]')
  })
  it('keeps text intact and never produces markup', () => {
    const text = '<img src=x onerror=alert(1)> tag'
    const segs = splitHighlights(text, ['tag', '<img'])
    expect(segs.map((s) => s.text).join('')).toBe(text)
    expect(segs[0]).toEqual({ text: '<img', match: true })
  })
  it('handles no terms, blank terms and empty text', () => {
    expect(splitHighlights('abc', [])).toEqual([{ text: 'abc', match: false }])
    expect(splitHighlights('abc', ['', '  '])).toEqual([{ text: 'abc', match: false }])
    expect(splitHighlights('', ['a'])).toEqual([])
  })
  it('works with non-ASCII text', () => {
    expect(marks('Zürich und zürich', ['zürich'])).toBe('[Zürich] und [zürich]')
  })
})
