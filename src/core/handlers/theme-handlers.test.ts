import { afterEach, describe, expect, it } from 'vitest'
import { THEME_PALETTE } from './theme-palette'
import { tempCore, type TempCore } from '../test/temp-core'

let core: TempCore | undefined
afterEach(async () => {
  await core?.cleanup()
  core = undefined
})

describe('themes.create', () => {
  it('gives each new theme a palette colour no other theme uses, then cycles', async () => {
    core = await tempCore('empty')
    const api = core.api
    const taken = await api['themes.create']({ name: 'Picked', color: THEME_PALETTE[0]! })
    const colors = [taken.color]
    for (let i = 1; i < THEME_PALETTE.length; i++)
      colors.push((await api['themes.create']({ name: `Theme ${i}` })).color)
    expect(new Set(colors).size).toBe(THEME_PALETTE.length)
    expect(new Set(colors)).toEqual(new Set(THEME_PALETTE))

    // The palette ran out: the next reuses the least used colour, earliest first.
    expect((await api['themes.create']({ name: 'One more' })).color).toBe(THEME_PALETTE[0])
    // Deleting a theme frees its colour for the next one.
    const themes = await api['themes.list']({})
    const gone = themes.find((t) => t.color === THEME_PALETTE[3])!
    await api['themes.delete']({ id: gone.id })
    expect((await api['themes.create']({ name: 'Refill' })).color).toBe(THEME_PALETTE[3])
  })
})
