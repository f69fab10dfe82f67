import { describe, expect, it } from 'vitest'
import { codePointToUtf16 } from './code-point-to-utf16'

describe('codePointToUtf16', () => {
  it('is the identity for text without astral characters or CRs', () => {
    const { text, toUtf16 } = codePointToUtf16('plain é text')
    expect(text).toBe('plain é text')
    expect([0, 5, 12].map(toUtf16)).toEqual([0, 5, 12])
    expect([13, -1, 1.5].map(toUtf16)).toEqual([null, null, null])
  })

  it('counts an astral character as one code point and two UTF-16 units', () => {
    const { toUtf16 } = codePointToUtf16('a😀b𝄞c')
    expect([0, 1, 2, 3, 4, 5].map(toUtf16)).toEqual([0, 1, 3, 4, 6, 7])
    expect(toUtf16(6)).toBeNull()
  })

  it('turns CRLF and lone CR into LF and moves offsets with them', () => {
    const raw = 'ab\r\ncd\ref😀\r\n'
    const { text, toUtf16 } = codePointToUtf16(raw)
    expect(text).toBe('ab\ncd\nef😀\n')
    // raw code points: a0 b1 CR2 LF3 c4 d5 CR6 e7 f8 😀9 CR10 LF11 end12
    expect([0, 2, 3, 4, 6, 7, 9, 10, 11, 12].map(toUtf16)).toEqual([0, 2, 2, 3, 5, 6, 8, 10, 10, 11])
    expect(text.slice(toUtf16(4)!, toUtf16(6)!)).toBe('cd')
  })
})
