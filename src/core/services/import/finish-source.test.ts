import { describe, expect, it } from 'vitest'
import { MAX_TEXT } from '../../../shared/domain'
import { finishSource } from './finish-source'

describe('finishSource', () => {
  it('tidies metadata and records the base name', () => {
    const src = finishSource(
      '/home/ann/Downloads/a.txt',
      { title: '  A \n title ', authors: [' Ann ', 'Ann', '', 'Bob'], publisher: ' ', url: 'https://x.org' },
      'text'
    )
    expect(src).toEqual({
      title: 'A title',
      publishedAt: null,
      authors: ['Ann', 'Bob'],
      source: { url: 'https://x.org', fileName: 'a.txt' },
      text: 'text'
    })
  })

  it('clips a long title to 200 characters without splitting a surrogate pair', () => {
    const title = finishSource('a.txt', { title: `${'x'.repeat(198)}😀😀` }, 't').title!
    expect(title.length).toBeLessThanOrEqual(200)
    expect(title.endsWith('…')).toBe(true)
    expect(title).not.toMatch(/[\uD800-\uDBFF]…$/)
  })

  it('rejects text over the domain limit', () => {
    expect(() => finishSource('big.txt', {}, 'x'.repeat(MAX_TEXT + 1))).toThrow(
      'big.txt has 2,000,001 characters of text; the limit is 2,000,000 (split the file)'
    )
  })
})
