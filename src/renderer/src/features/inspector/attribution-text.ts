import type { StatementRow } from '../../../../shared/api'

/** How the speaker was found: "auto: “Stoltenberg said”", "set by analyst", or that none was found. */
export function attributionText(statement: Pick<StatementRow, 'attribution' | 'speakerId'>): string {
  const a = statement.attribution
  if (a.method === 'auto') return `auto: “${a.cue}”`
  if (a.method === 'analyst') return 'set by analyst'
  return statement.speakerId ? '' : 'no attribution found'
}
