export interface ComboOption {
  id: string
  label: string
  /** A theme colour shown as a swatch. */
  color?: string
  /** Secondary text, e.g. the parent theme's path or a count. */
  hint?: string
  /** Other names that should match (speaker aliases). */
  aliases?: string[]
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()

/**
 * Options matching `query`, best first: exact name, then names starting with the query, then a word starting with it,
 * then any substring; aliases count like names. An empty query keeps the given order.
 */
export function rankOptions(options: ComboOption[], query: string, limit = 50): ComboOption[] {
  const q = fold(query)
  if (!q) return options.slice(0, limit)
  const scored: { option: ComboOption; score: number; index: number }[] = []
  options.forEach((option, index) => {
    let best = Infinity
    for (const name of [option.label, ...(option.aliases ?? [])]) {
      const n = fold(name)
      const score =
        n === q
          ? 0
          : n.startsWith(q)
            ? 1
            : n.split(/[\s\-–/(]+/).some((w) => w.startsWith(q))
              ? 2
              : n.includes(q)
                ? 3
                : Infinity
      best = Math.min(best, score)
    }
    if (best < Infinity) scored.push({ option, score: best, index })
  })
  scored.sort((a, b) => a.score - b.score || a.index - b.index)
  return scored.slice(0, limit).map((s) => s.option)
}

/** True when some option's name (or alias) equals the query, ignoring case and accents. */
export function hasExactMatch(options: ComboOption[], query: string): boolean {
  const q = fold(query)
  return options.some((o) => [o.label, ...(o.aliases ?? [])].some((n) => fold(n) === q))
}
