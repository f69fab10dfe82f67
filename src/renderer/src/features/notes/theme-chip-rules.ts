import type { Theme } from '../../../../shared/domain'

/** One CSS rule per theme giving its `#theme` chips the theme's colour (`--chip-theme`, read by ref-chips.css). */
export function themeChipRules(themes: readonly Pick<Theme, 'id' | 'color'>[]): string {
  return themes
    .filter((t) => /^#[0-9a-f]{6}$/i.test(t.color))
    .map((t) => `.ref-chip--theme[data-theme-ref="${cssString(t.id)}"] { --chip-theme: ${t.color}; }`)
    .join('\n')
}

function cssString(value: string): string {
  return value.replace(/[\\"\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)
}
