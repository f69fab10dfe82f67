/** Dark enough for white label text (WCAG AA), and told apart from each other. */
const COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#a16207', '#be185d', '#0e7490', '#4d7c0f']

/** A coder's caret colour, the same in every window: chosen by their name. */
export function liveCursorColor(name: string): string {
  let hash = 0
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0
  return COLORS[hash % COLORS.length]!
}
