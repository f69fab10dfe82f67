import { describe, expect, it } from 'vitest'
import { excerpt } from './excerpt'

describe('excerpt', () => {
  it('keeps short text, collapsing whitespace and snippet ellipses', () => {
    expect(excerpt('…  we will  spend\n2% …')).toBe('we will spend 2%')
  })
  it('cuts long text at a word boundary', () => {
    const s = excerpt(
      'The alliance will meet its target of two percent of GDP on defence by the end of the decade',
      40
    )
    expect(s).toBe('The alliance will meet its target of two…')
    expect(s.length).toBeLessThanOrEqual(41)
  })
  it('cuts a single long word hard', () => {
    expect(excerpt('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`)
  })
})
