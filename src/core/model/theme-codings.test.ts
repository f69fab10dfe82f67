import { describe, expect, it } from 'vitest'
import type { ThemeCoding } from '../../shared/domain'
import { addThemes, removeThemes, replaceTheme, setThemes } from './theme-codings'

const T1 = '2025-01-01T00:00:00.000Z'
const T2 = '2025-02-01T00:00:00.000Z'
const ann = { by: 'cd-ann', at: T1 }
const bob = { by: 'cd-bob', at: T2 }
const coding = (themeId: string, createdBy: string, createdAt: string) => ({ themeId, createdBy, createdAt })

describe('theme codings', () => {
  it('adding records the coder once per theme, also on a theme another coder applied', () => {
    const start: { themeIds: string[]; codedBy?: ThemeCoding[] } = { themeIds: ['a'] }
    const once = addThemes(start, ['a', 'b', 'b'], ann)
    expect(once).toEqual({
      themeIds: ['a', 'b'],
      codedBy: [coding('a', 'cd-ann', T1), coding('b', 'cd-ann', T1)]
    })
    expect(addThemes(once, ['a'], ann)).toBe(once)
    expect(addThemes(once, ['b'], bob).codedBy).toEqual([...once.codedBy!, coding('b', 'cd-bob', T2)])
  })

  it('adds the themes without a record while the coder is unknown', () => {
    expect(addThemes({ themeIds: [] }, ['a'], { by: null, at: T1 })).toEqual({ themeIds: ['a'] })
  })

  it("removing drops the themes and every coder's record of them", () => {
    const coded = {
      themeIds: ['a', 'b'],
      codedBy: [coding('a', 'x', T1), coding('b', 'x', T1), coding('a', 'y', T2)]
    }
    expect(removeThemes(coded, ['a'])).toEqual({ themeIds: ['b'], codedBy: [coding('b', 'x', T1)] })
    expect(removeThemes(coded, ['z'])).toBe(coded)
  })

  it('setting keeps the records of kept themes and credits new ones to the coder', () => {
    const coded = { themeIds: ['a', 'b'], codedBy: [coding('a', 'cd-ann', T1), coding('b', 'cd-ann', T1)] }
    expect(setThemes(coded, ['c', 'a'], bob)).toEqual({
      themeIds: ['c', 'a'],
      codedBy: [coding('a', 'cd-ann', T1), coding('c', 'cd-bob', T2)]
    })
  })

  it('replacing a theme keeps, per coder, the earlier coding of the two', () => {
    const coded = {
      themeIds: ['from', 'into', 'other'],
      codedBy: [
        coding('into', 'x', T2),
        coding('from', 'x', T1),
        coding('from', 'y', T2),
        coding('other', 'x', T1)
      ]
    }
    expect(replaceTheme(coded, 'from', 'into')).toEqual({
      themeIds: ['into', 'other'],
      codedBy: [coding('other', 'x', T1), coding('into', 'x', T1), coding('into', 'y', T2)]
    })
    expect(replaceTheme(coded, 'from', null)).toEqual({
      themeIds: ['into', 'other'],
      codedBy: [coding('into', 'x', T2), coding('other', 'x', T1)]
    })
  })
})
