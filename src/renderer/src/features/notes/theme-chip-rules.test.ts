import { describe, expect, it } from 'vitest'
import { themeChipRules } from './theme-chip-rules'

describe('themeChipRules', () => {
  it('gives each theme chip its theme colour', () => {
    expect(
      themeChipRules([
        { id: 'th-1', color: '#0072b2' },
        { id: 'th-2', color: '#D55E00' }
      ])
    ).toBe(
      '.ref-chip--theme[data-theme-ref="th-1"] { --chip-theme: #0072b2; }\n' +
        '.ref-chip--theme[data-theme-ref="th-2"] { --chip-theme: #D55E00; }'
    )
  })

  it('keeps odd ids inside the attribute string and skips colours that are not hex', () => {
    const rules = themeChipRules([
      { id: 'a"] { color: red } [x="', color: '#000000' },
      { id: 'b', color: 'red; background: url(x)' }
    ])
    expect(rules).toBe(
      '.ref-chip--theme[data-theme-ref="a\\22 ] { color: red } [x=\\22 "] { --chip-theme: #000000; }'
    )
  })
})
