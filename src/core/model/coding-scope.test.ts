import { describe, expect, it } from 'vitest'
import type { Annotation, Statement } from '../../shared/domain'
import type { Change } from './change'
import { codingScopeOf } from './coding-scope'

const AT = '2025-01-01T00:00:00.000Z'
const by = (themeId: string, createdBy: string) => ({ themeId, createdBy, createdAt: AT })
const statement = (themeIds: string[], codedBy?: Statement['codedBy']): Statement =>
  ({
    id: 'st-1',
    documentId: 'doc-1',
    start: 0,
    end: 10,
    text: 'x',
    speakerId: null,
    themeIds,
    codedBy
  }) as Statement
const highlight = (themeIds: string[], codedBy: Annotation['codedBy'], createdBy?: string): Annotation =>
  ({ id: 'an-1', documentId: 'doc-1', start: 0, end: 5, themeIds, codedBy, createdBy }) as Annotation

const mixed = statement(['a', 'b', 'c'], [by('a', 'cd-ann'), by('b', 'cd-bob'), by('a', 'cd-bob')])

describe('coding scope', () => {
  it('shows everything (no filter) for all, and blind always shows only mine', () => {
    expect(codingScopeOf({ show: 'all', blind: false }, 'cd-ann')).toBeNull()
    const blind = codingScopeOf({ show: 'mine', blind: true }, 'cd-ann')!
    expect(blind.statement(mixed).themeIds).toEqual(['a', 'c'])
  })

  it('mine keeps the themes I applied (with only my records) and uncredited ones; others go', () => {
    const mine = codingScopeOf({ show: 'mine', blind: false }, 'cd-ann')!
    expect(mine.statement(mixed)).toEqual({ ...mixed, themeIds: ['a', 'c'], codedBy: [by('a', 'cd-ann')] })
    const untouched = statement(['a'], [by('a', 'cd-ann')])
    expect(mine.statement(untouched)).toBe(untouched)
  })

  it("one coder shows that coder's themes; uncredited ones only when that coder is the current one", () => {
    const bob = codingScopeOf({ show: 'cd-bob', blind: false }, 'cd-ann')!
    expect(bob.statement(mixed)).toEqual({
      ...mixed,
      themeIds: ['a', 'b'],
      codedBy: [by('b', 'cd-bob'), by('a', 'cd-bob')]
    })
    const legacy = statement(['a'])
    expect(bob.statement(legacy).themeIds).toEqual([])
    expect(codingScopeOf({ show: 'cd-ann', blind: false }, 'cd-ann')!.statement(legacy)).toBe(legacy)
  })

  it("hides another coder's highlight unless a shown coder coded it", () => {
    const mine = codingScopeOf({ show: 'mine', blind: false }, 'cd-ann')!
    expect(mine.annotation(highlight(['b'], [by('b', 'cd-bob')], 'cd-bob'))).toBeNull()
    expect(mine.annotation(highlight([], [], 'cd-bob'))).toBeNull()
    expect(
      mine.annotation(highlight(['a', 'b'], [by('a', 'cd-ann'), by('b', 'cd-bob')], 'cd-bob'))
    ).toMatchObject({
      themeIds: ['a'],
      codedBy: [by('a', 'cd-ann')]
    })
    const own = highlight(['b'], [by('b', 'cd-bob')], 'cd-ann')
    expect(mine.annotation(own)).toMatchObject({ themeIds: [], codedBy: [] })
    expect(mine.annotation(highlight([], undefined))).not.toBeNull()
  })

  it('turns a change to a hidden highlight into none, and showing one into an addition', () => {
    const mine = codingScopeOf({ show: 'mine', blind: false }, 'cd-ann')!
    const hidden = highlight(['b'], [by('b', 'cd-bob')], 'cd-bob')
    const coded = highlight(['a', 'b'], [by('b', 'cd-bob'), by('a', 'cd-ann')], 'cd-bob')
    const changes: Change[] = [
      { kind: 'annotation', before: null, after: hidden },
      { kind: 'annotation', before: hidden, after: coded }
    ]
    expect(mine.changes(changes)).toEqual([
      { kind: 'annotation', before: null, after: { ...coded, themeIds: ['a'], codedBy: [by('a', 'cd-ann')] } }
    ])
  })
})

describe('editing in a scope', () => {
  const mine = codingScopeOf({ show: 'mine', blind: false }, 'cd-ann')!
  const both = statement(['a', 'b'], [by('a', 'cd-ann'), by('a', 'cd-bob'), by('b', 'cd-bob')])

  it("removing a theme I see keeps another coder's coding of it and the themes I do not see", () => {
    const removed = { ...both, themeIds: ['b'], codedBy: [by('b', 'cd-bob')] }
    expect(mine.keepHidden(both, removed)).toEqual({
      ...both,
      themeIds: ['b', 'a'],
      codedBy: [by('b', 'cd-bob'), by('a', 'cd-bob')]
    })
  })

  it('is no change when all it removed was hidden, and a change when a theme I see is replaced', () => {
    const hiddenOnly = statement(['b'], [by('b', 'cd-bob')])
    expect(mine.keepHidden(hiddenOnly, statement([], []))).toBe(hiddenOnly)
    const replaced = { ...both, themeIds: ['c'], codedBy: [by('c', 'cd-ann')] }
    expect(mine.keepHidden(both, replaced).themeIds).toEqual(['c', 'a', 'b'])
  })

  it('keeps uncredited themes when they are not shown (another coder is)', () => {
    const bob = codingScopeOf({ show: 'cd-bob', blind: false }, 'cd-ann')!
    const legacy = statement(['a'])
    expect(bob.keepHidden(legacy, statement([]))).toBe(legacy)
  })
})
