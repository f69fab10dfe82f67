import { describe, expect, it } from 'vitest'
import { nextThemeColor, THEME_PALETTE as PALETTE } from './theme-palette'

const THEME_PALETTE = PALETTE.map((c) => c.hex)

describe('nextThemeColor', () => {
  it('gives every new theme a colour no other theme uses until the palette runs out', () => {
    const used: string[] = []
    for (let i = 0; i < THEME_PALETTE.length; i++) used.push(nextThemeColor(used))
    expect(new Set(used).size).toBe(THEME_PALETTE.length)
  })

  it('skips colours taken by existing themes, whatever their case, and ignores colours outside the palette', () => {
    expect(nextThemeColor(['#0072B2', '#123456', THEME_PALETTE[2]!])).toBe(THEME_PALETTE[1])
  })

  it('fills a gap left by a deleted theme before reusing a colour', () => {
    const used = THEME_PALETTE.filter((c) => c !== THEME_PALETTE[5])
    expect(nextThemeColor(used)).toBe(THEME_PALETTE[5])
  })

  it('cycles once all are taken: the least used colour, earliest first', () => {
    const all = [...THEME_PALETTE]
    expect(nextThemeColor(all)).toBe(THEME_PALETTE[0])
    expect(nextThemeColor([...all, THEME_PALETTE[0]!])).toBe(THEME_PALETTE[1])
  })
})
