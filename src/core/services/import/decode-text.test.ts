import { describe, expect, it } from 'vitest'
import { decodeText, findInvalidUtf8 } from './decode-text'
import { ImportError } from './imported-source'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)

describe('decodeText', () => {
  it('decodes UTF-8, strips the BOM and turns CRLF and CR into LF', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...enc('Zoë\r\nsaid\rhi\n')), 'a.txt')).toBe('Zoë\nsaid\nhi\n')
  })

  it('decodes UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x0d, 0x00, 0x0a, 0x00])
    expect(decodeText(le, 'a.txt')).toBe('Hi\n')
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]), 'a.txt')).toBe('Hi')
  })

  it('keeps line endings when asked', () => {
    expect(decodeText(enc('a\r\nb'), 'a.txt', { keepLineEndings: true })).toBe('a\r\nb')
  })

  it('rejects an empty or whitespace-only file', () => {
    expect(() => decodeText(new Uint8Array(), 'notes.txt')).toThrow(
      new ImportError('notes.txt', 'notes.txt is empty')
    )
    expect(() => decodeText(bytes(0xef, 0xbb, 0xbf, 0x20, 0x0a, 0x09), 'dir/notes.txt')).toThrow(
      'notes.txt is empty'
    )
    expect(decodeText(enc(' \r\n'), 'a.txt', { allowEmpty: true })).toBe(' \n')
  })

  it('rejects binary content: NUL bytes or many control characters', () => {
    expect(() =>
      decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'photo.txt')
    ).toThrow('photo.txt is not a text file (binary content)')
    const controls = enc('text with \x01\x02\x03\x04\x05\x06 controls')
    expect(() => decodeText(controls, 'x.md')).toThrow('x.md is not a text file (binary content)')
  })

  it('rejects invalid UTF-8 with the offset of the first bad byte', () => {
    // "café" in windows-1252: the é is 0xE9, at byte 3
    expect(() => decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), 'menu.txt')).toThrow(
      'menu.txt is not valid UTF-8 (byte 3)'
    )
  })

  it('names the file as asked in its messages', () => {
    try {
      decodeText(new Uint8Array(), 'p.qdpx', { label: 'p.qdpx: sources/a.txt' })
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ImportError)
      expect((err as ImportError).message).toBe('p.qdpx: sources/a.txt is empty')
      expect((err as ImportError).fileName).toBe('p.qdpx')
    }
  })
})

describe('findInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x61, 0x80], 1], // stray continuation byte
    [[0xc0, 0xaf], 0], // overlong "/"
    [[0xe0, 0x80, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe2, 0x82], 1], // cut off at the end
    [[0x61, 0xc3, 0x28], 1] // missing continuation
  ])('%j → %i', (input, expected) => {
    expect(findInvalidUtf8(new Uint8Array(input))).toBe(expected)
  })
})
