import { describe, expect, it } from 'vitest'
import { scopeChoices, scopeLabel } from './scope-label'

const ann = { id: 'cd-ann', name: 'Ann' }
const view = { current: ann, coders: [ann, { id: 'cd-zed', name: 'Zed' }, { id: 'cd-bob', name: 'Bob' }] }

describe('scope labels', () => {
  it('offers everyone, mine, then the other coders by name', () => {
    expect(scopeChoices(view).map((c) => [c.show, c.label])).toEqual([
      ['all', 'Everyone’s codings'],
      ['mine', 'Only mine'],
      ['cd-bob', 'Only Bob’s'],
      ['cd-zed', 'Only Zed’s']
    ])
  })

  it('says nothing for everyone, and Blind over any other scope', () => {
    expect(scopeLabel({ show: 'all', blind: false }, view)).toBeNull()
    expect(scopeLabel({ show: 'mine', blind: false }, view)).toBe('Only mine')
    expect(scopeLabel({ show: 'cd-bob', blind: false }, view)).toBe('Only Bob’s')
    expect(scopeLabel({ show: 'mine', blind: true }, view)).toBe('Blind')
  })
})
