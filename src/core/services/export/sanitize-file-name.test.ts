import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createUniqueNamer, MAX_FILE_NAME, sanitizeFileName } from './sanitize-file-name'

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[/\\:*?"<>|#^[\]\u0000-\u001f\u007f]/

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc passwd'],
    ['..', 'Untitled'],
    ['.hidden', 'hidden'],
    ['a/b', 'a b'],
    ['a\\b:c*d?e"f<g>h|i', 'a b c d e f g h i'],
    ['Note #1 ^x [y]', 'Note 1 x y'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT1', '_LPT1'],
    ['Console', 'Console'],
    ['trailing dots...', 'trailing dots'],
    ['🚀 launch 😀', '🚀 launch 😀'],
    ['tab\there\nnewline', 'tab here newline'],
    ['\u202eevil\u202c.md', 'evil.md'],
    ['', 'Untitled'],
    ['///', 'Untitled']
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected)
  })

  it('uses the fallback, itself sanitised, for names with nothing left', () => {
    expect(sanitizeFileName('***', 'theme.1')).toBe('theme.1')
    expect(sanitizeFileName('***', '../x')).toBe('x')
  })

  it('truncates by code points without splitting an emoji', () => {
    const out = sanitizeFileName('🚀'.repeat(500))
    expect(Array.from(out)).toHaveLength(MAX_FILE_NAME)
    expect(out).toBe('🚀'.repeat(MAX_FILE_NAME))
  })

  it('always yields a safe, non-empty, well-formed name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const out = sanitizeFileName(name)
        expect(out.length).toBeGreaterThan(0)
        expect(out).not.toMatch(FORBIDDEN)
        expect(out).not.toMatch(/^[.\s]|[.\s]$/)
        expect(out).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i)
        expect(Array.from(out).length).toBeLessThanOrEqual(MAX_FILE_NAME)
        expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
      }),
      { numRuns: 500 }
    )
  })
})

describe('createUniqueNamer', () => {
  it('keeps names unique in a folder, ignoring case', () => {
    const name = createUniqueNamer()
    expect(['Same', 'same', 'SAME', 'a/b', 'a b', 'Other'].map((n) => name(n))).toEqual([
      'Same',
      'same (2)',
      'SAME (3)',
      'a b',
      'a b (2)',
      'Other'
    ])
  })
})
