/**
 * Theme colours that stay apart for people with colour-vision deficiencies: Okabe–Ito's palette (black left out),
 * then the distinct ones of Paul Tol's muted and bright sets. Each reads as a swatch and as a highlight in light and
 * dark themes (dark highlights are brought to one lightness by the reader).
 */
export const THEME_PALETTE: readonly { hex: string; name: string }[] = [
  { hex: '#0072b2', name: 'Blue' },
  { hex: '#d55e00', name: 'Vermilion' },
  { hex: '#009e73', name: 'Green' },
  { hex: '#e69f00', name: 'Orange' },
  { hex: '#56b4e9', name: 'Sky' },
  { hex: '#cc79a7', name: 'Rose' },
  { hex: '#f0e442', name: 'Yellow' },
  { hex: '#332288', name: 'Indigo' },
  { hex: '#44aa99', name: 'Teal' },
  { hex: '#882255', name: 'Wine' },
  { hex: '#999933', name: 'Olive' },
  { hex: '#ee6677', name: 'Salmon' },
  { hex: '#228833', name: 'Leaf' },
  { hex: '#aa3377', name: 'Plum' }
]

/**
 * The colour of a new theme: the first palette colour no theme uses; once all are taken, the one used least
 * (the earliest of those), so the palette cycles.
 */
export function nextThemeColor(usedColors: Iterable<string>): string {
  const uses = new Map<string, number>(THEME_PALETTE.map((c) => [c.hex, 0]))
  for (const color of usedColors) {
    const key = color.toLowerCase()
    const n = uses.get(key)
    if (n !== undefined) uses.set(key, n + 1)
  }
  let best = THEME_PALETTE[0]!.hex
  for (const { hex } of THEME_PALETTE) if (uses.get(hex)! < uses.get(best)!) best = hex
  return best
}
