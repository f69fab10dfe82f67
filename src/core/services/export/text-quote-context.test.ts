import { describe, expect, it } from 'vitest'
import { textQuoteContext } from './text-quote-context'

describe('textQuoteContext', () => {
  it('takes context on both sides without splitting a surrogate pair', () => {
    const text = `${'😀'.repeat(3)}QUOTE${'🚀'.repeat(3)}`
    const start = 6
    const end = 11
    expect(textQuoteContext(text, start, end, 3)).toEqual({ prefix: '😀', suffix: '🚀' })
    expect(textQuoteContext(text, start, end, 4)).toEqual({ prefix: '😀😀', suffix: '🚀🚀' })
    expect(textQuoteContext('abc', 0, 3)).toEqual({ prefix: '', suffix: '' })
  })
})
