import { describe, expect, it } from 'vitest'
import { checkImportSize, formatMegabytes, MAX_IMPORT_BYTES } from './limits'

describe('import size limit', () => {
  it('is 50 MiB', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024)
  })

  it('accepts a file at the limit and rejects one over it', () => {
    expect(() => checkImportSize(MAX_IMPORT_BYTES, 'a.pdf')).not.toThrow()
    expect(() => checkImportSize(Math.round(73.2 * 1024 * 1024), 'scans/big.pdf')).toThrow(
      'big.pdf is 73.2 MB; the limit is 50 MB'
    )
    expect(() => checkImportSize(MAX_IMPORT_BYTES + 1, 'a.pdf')).toThrow(
      'a.pdf is 50.1 MB; the limit is 50 MB'
    )
  })

  it('formats sizes', () => {
    expect(formatMegabytes(50 * 1024 * 1024)).toBe('50 MB')
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1.5 MB')
  })
})
