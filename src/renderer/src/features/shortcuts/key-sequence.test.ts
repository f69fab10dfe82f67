import { describe, expect, it } from 'vitest'
import { createKeySequence } from './key-sequence'

describe('createKeySequence', () => {
  const seqs = ['g r', 'g c', 'g n']
  it('completes a sequence within the timeout', () => {
    const s = createKeySequence(seqs, 1000)
    expect(s.feed('g', 0)).toBeNull()
    expect(s.isPending(10)).toBe(true)
    expect(s.feed('c', 500)).toBe('g c')
    expect(s.isPending(600)).toBe(false)
  })
  it('expires a stale prefix', () => {
    const s = createKeySequence(seqs, 1000)
    s.feed('g', 0)
    expect(s.feed('r', 1500)).toBeNull()
  })
  it('drops an unknown second key, and a repeated prefix starts again', () => {
    const s = createKeySequence(seqs, 1000)
    s.feed('g', 0)
    expect(s.feed('x', 10)).toBeNull()
    expect(s.feed('r', 20)).toBeNull()
    s.feed('g', 30)
    expect(s.feed('g', 40)).toBeNull()
    expect(s.feed('n', 50)).toBe('g n')
  })
})
