import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf16ToCodePoint, sliceCodePoints } from './utf16-to-code-point'

describe('utf16ToCodePoint', () => {
  it('counts an astral character once', () => {
    const text = 'a😀b🚀c'
    const cp = utf16ToCodePoint(text)
    expect([0, 1, 3, 4, 6, 7].map(cp)).toEqual([0, 1, 2, 3, 4, 5])
    expect(cp(2)).toBe(1) // inside the pair: rounds down to the emoji
    expect(cp(99)).toBe(5)
  })

  it('agrees with Array.from on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), (text, n) => {
        const boundaries = [0]
        for (const ch of text) boundaries.push(boundaries.at(-1)! + ch.length)
        const offset = boundaries[n % boundaries.length]!
        expect(utf16ToCodePoint(text)(offset)).toBe(Array.from(text.slice(0, offset)).length)
      })
    )
  })

  it('leaves lone surrogates as one code point each', () => {
    expect(utf16ToCodePoint('\ud800x\udc00y')(4)).toBe(4)
  })

  it('sliceCodePoints slices by code point', () => {
    expect(sliceCodePoints('😀ab🚀', 1, 4)).toBe('ab🚀')
  })
})
