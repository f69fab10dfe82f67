import { describe, expect, it } from 'vitest'
import { THEME_COLORS, colorName, suggestColor } from './theme-colors'

describe('theme colours', () => {
  it('has fourteen distinct valid colours', () => {
    expect(THEME_COLORS).toHaveLength(14)
    expect(new Set(THEME_COLORS.map((c) => c.hex)).size).toBe(14)
    for (const c of THEME_COLORS) expect(c.hex).toMatch(/^#[0-9a-f]{6}$/)
  })
  it('suggests the first unused colour, then cycles', () => {
    expect(suggestColor([])).toBe('#0072b2')
    expect(suggestColor(['#0072B2'])).toBe('#d55e00')
    const all = THEME_COLORS.map((c) => c.hex)
    expect(suggestColor(all)).toBe(THEME_COLORS[0]!.hex)
  })
  it('names palette colours and falls back to the hex', () => {
    expect(colorName('#009E73')).toBe('Green')
    expect(colorName('#D62728')).toBe('Red')
    expect(colorName('#123456')).toBe('#123456')
  })
})
