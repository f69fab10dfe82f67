import type { StatementRow } from '../../../../shared/api'

export interface Chip {
  themeId: string
  /** The quotes of the highlights it codes through; none for a whole-statement coding. */
  quotes: string[]
}

/** Whole-statement themes first, then each other theme coded through a highlight, once with all its quotes. */
export function chipsOf(row: StatementRow): Chip[] {
  const chips: Chip[] = row.themeIds.map((themeId) => ({ themeId, quotes: [] }))
  const span = new Map<string, Chip>()
  for (const c of row.codings ?? []) {
    if (c.how !== 'span' || row.themeIds.includes(c.themeId)) continue
    const chip = span.get(c.themeId)
    if (chip) chip.quotes.push(c.quote ?? '')
    else span.set(c.themeId, { themeId: c.themeId, quotes: [c.quote ?? ''] })
  }
  return [...chips, ...span.values()]
}
