import { describe, expect, it } from 'vitest'
import { THEME_PALETTE } from '../../shared/domain'
import { testCore } from '../testing/temp-core'

const PALETTE = THEME_PALETTE.map((c) => c.hex)

describe('themes.create', () => {
  it('gives each new theme a palette colour no other theme uses, then cycles', async () => {
    const core = await testCore('empty')
    const api = core.api
    const taken = await api['themes.create']({ name: 'Picked', color: PALETTE[0]! })
    const colors = [taken.color]
    for (let i = 1; i < PALETTE.length; i++)
      colors.push((await api['themes.create']({ name: `Theme ${i}` })).color)
    expect(new Set(colors).size).toBe(PALETTE.length)
    expect(new Set(colors)).toEqual(new Set(PALETTE))

    // The palette ran out: the next reuses the least used colour, earliest first.
    expect((await api['themes.create']({ name: 'One more' })).color).toBe(PALETTE[0])
    // Deleting a theme frees its colour for the next one.
    const themes = await api['themes.list']({})
    const gone = themes.find((t) => t.color === PALETTE[3])!
    await api['themes.delete']({ id: gone.id })
    expect((await api['themes.create']({ name: 'Refill' })).color).toBe(PALETTE[3])
  })
})
