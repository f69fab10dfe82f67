import { describe, expect, it } from 'vitest'
import { losingChoice, type CoderChoice } from './speaker-choices'

const choice = (
  coderId: string,
  speakerId: string | null,
  base: string | null,
  minute: number
): CoderChoice => ({
  coderId,
  speakerId,
  base,
  at: `2026-12-03T10:${String(minute).padStart(2, '0')}:00.000Z`
})

describe('losingChoice', () => {
  it('finds the choice from the same base that the current speaker replaced', () => {
    const a = choice('cd-a', 'sp-y', 'sp-x', 1)
    const b = choice('cd-b', 'sp-z', 'sp-x', 2)
    expect(losingChoice([a, b], 'sp-z')).toBe(a)
    expect(losingChoice([a, b], 'sp-y')).toBe(b)
  })

  it('sees no conflict in a change made after the other (its base is the later value)', () => {
    expect(losingChoice([choice('cd-a', 'sp-y', 'sp-x', 1), choice('cd-b', 'sp-z', 'sp-y', 2)], 'sp-z')).toBe(
      null
    )
  })

  it('is resolved once a coder accepts or keeps (a choice whose base is the current value)', () => {
    const a = choice('cd-a', 'sp-y', 'sp-x', 1)
    const b = choice('cd-b', 'sp-z', 'sp-x', 2)
    const c = choice('cd-c', 'sp-z', 'sp-x', 3)
    expect(losingChoice([a, b, c], 'sp-z')).toBe(a)
    // c accepts a's speaker: the latest choice of it has the old winner as base.
    expect(losingChoice([a, b, choice('cd-c', 'sp-y', 'sp-z', 4)], 'sp-y')).toBe(null)
    // b keeps its own.
    expect(losingChoice([a, choice('cd-b', 'sp-z', 'sp-z', 4), c], 'sp-z')).toBe(null)
  })

  it('sees none when no choice made the current speaker (it came from elsewhere)', () => {
    expect(losingChoice([choice('cd-a', 'sp-y', 'sp-x', 1), choice('cd-b', 'sp-z', 'sp-x', 2)], 'sp-w')).toBe(
      null
    )
    expect(losingChoice([], null)).toBe(null)
  })
})
