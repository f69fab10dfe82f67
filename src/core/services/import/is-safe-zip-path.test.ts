import { describe, expect, it } from 'vitest'
import { isSafeZipPath } from './is-safe-zip-path'

describe('isSafeZipPath', () => {
  it.each(['project.qde', 'sources/a.txt', 'sources/', 'a..b/c..txt', 'sources/.root'])(
    'accepts %s',
    (name) => {
      expect(isSafeZipPath(name)).toBe(true)
    }
  )
  it.each([
    '../a',
    'sources/../../a',
    '..',
    '/etc/passwd',
    'C:/x',
    'c:x',
    'sources\\a.txt',
    '..\\a',
    'a\0b',
    ''
  ])('rejects %j', (name) => {
    expect(isSafeZipPath(name)).toBe(false)
  })
})
