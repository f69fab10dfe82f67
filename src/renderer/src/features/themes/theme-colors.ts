/** Twelve distinct theme colours, readable as swatches on light and dark and as translucent highlights. */
export const THEME_COLORS: readonly { hex: string; name: string }[] = [
  { hex: '#0072b2', name: 'Blue' },
  { hex: '#d55e00', name: 'Vermilion' },
  { hex: '#009e73', name: 'Green' },
  { hex: '#e69f00', name: 'Orange' },
  { hex: '#56b4e9', name: 'Sky' },
  { hex: '#cc79a7', name: 'Rose' },
  { hex: '#7b61c9', name: 'Violet' },
  { hex: '#c9a800', name: 'Mustard' },
  { hex: '#8c564b', name: 'Brown' },
  { hex: '#d62728', name: 'Red' },
  { hex: '#17a2a2', name: 'Teal' },
  { hex: '#6b7280', name: 'Grey' }
]

/** A colour for a new theme: the first palette colour no theme uses yet, else cycling by count. */
export function suggestColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()))
  const free = THEME_COLORS.find((c) => !taken.has(c.hex))
  return (free ?? THEME_COLORS[used.length % THEME_COLORS.length]!).hex
}

export function colorName(hex: string): string {
  return THEME_COLORS.find((c) => c.hex === hex.toLowerCase())?.name ?? hex
}
