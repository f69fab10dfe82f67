import { THEME_PALETTE, nextThemeColor } from '../../../../shared/domain'

/** The colour-blind-safe theme palette (one list, in shared/domain), offered by the colour picker. */
export const THEME_COLORS = THEME_PALETTE

/** A colour for a new theme: the first palette colour no theme uses yet, else the least used. */
export const suggestColor = (used: readonly string[]): string => nextThemeColor(used)

/** Names of colours outside the palette that workspaces hold: the starter codebook's and the former palette's. */
const OTHER_NAMES: Record<string, string> = {
  '#d62728': 'Red',
  '#1f77b4': 'Blue',
  '#ff7f0e': 'Orange',
  '#2ca02c': 'Green',
  '#9467bd': 'Purple',
  '#8c564b': 'Brown'
}

export function colorName(hex: string): string {
  const key = hex.toLowerCase()
  return THEME_COLORS.find((c) => c.hex === key)?.name ?? OTHER_NAMES[key] ?? hex
}
