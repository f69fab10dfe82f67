import { THEME_PALETTE, nextThemeColor } from '../../../../shared/domain'

/** The colour-blind-safe theme palette (one list, in shared/domain), offered by the colour picker. */
export const THEME_COLORS = THEME_PALETTE

/** A colour for a new theme: the first palette colour no theme uses yet, else the least used. */
export const suggestColor = (used: readonly string[]): string => nextThemeColor(used)

export function colorName(hex: string): string {
  return THEME_COLORS.find((c) => c.hex === hex.toLowerCase())?.name ?? hex
}
