import type { StatementCoding } from '../../../../shared/api'
import { formatDate } from '../library/format-date'

/**
 * Who coded a statement, for one quiet line under its themes: "Coded by Ann, 30 May 2024 · Bob, 2 Jun 2024" (each
 * coder with the day of their first coding here), and the details per coding for its tooltip. Null when no coding
 * records its coder (work from before Dossier recorded coders).
 */
export function codingCredits(
  codings: readonly StatementCoding[],
  themeName: (id: string) => string | undefined,
  locale?: string
): { summary: string; detail: string } | null {
  const first = new Map<string, { name: string; at: string }>()
  const lines: string[] = []
  for (const c of codings) {
    const name = themeName(c.themeId)
    if (name === undefined) continue
    for (const by of c.by ?? []) {
      const seen = first.get(by.coderId)
      if (!seen || by.at < seen.at) first.set(by.coderId, { name: by.coderName, at: by.at })
      const how = c.how === 'statement' ? 'whole statement' : 'highlight'
      lines.push(`${name} (${how}): ${by.coderName}, ${formatDate(by.at, locale)}`)
    }
  }
  if (first.size === 0) return null
  const summary = [...first.values()]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((x) => `${x.name}, ${formatDate(x.at, locale)}`)
    .join(' · ')
  return { summary: `Coded by ${summary}`, detail: lines.join('\n') }
}
