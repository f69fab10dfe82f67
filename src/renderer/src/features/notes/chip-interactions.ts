import type { StatementDetail } from '../../../../shared/api'
import type { RefAttrs, StatementCard } from '../../../../editor/note-extensions'
import { readQuery } from '../../api/query-client'
import { openStatement, showClaims } from '../../app/app-state'
import { notify } from '../../app/toast'

const detail = (id: string): Promise<StatementDetail | null> =>
  readQuery('statements.get', { id }).catch(() => null)

const speakerNames = (): Promise<Map<string, string>> =>
  readQuery('speakers.list', {}).then(
    (list) => new Map(list.map((s) => [s.id, s.name])),
    () => new Map<string, string>()
  )

/** Opens the statement a chip cites, in the reader. */
export async function openStatementChip({ id }: RefAttrs): Promise<void> {
  const d = await detail(id)
  if (d) openStatement(id, d.statement.documentId)
  else notify('That statement no longer exists in the workspace.', 'error')
}

/** Shows the statements of a chip's theme in the claims table. */
export function openThemeChip({ id }: RefAttrs): void {
  showClaims({ themeId: id })
}

/** What the hover card of a statement chip says: its quote, then speaker, source and date. */
export async function describeStatement(id: string): Promise<StatementCard> {
  const [d, names] = await Promise.all([detail(id), speakerNames()])
  if (!d) return { quote: 'This statement no longer exists.', meta: '' }
  const s = d.statement
  const speaker = s.speakerId ? (names.get(s.speakerId) ?? 'Unknown speaker') : 'No speaker'
  return {
    quote: `“${s.text}”`,
    meta: `${speaker} · ${s.documentTitle}${s.publishedAt ? ` · ${s.publishedAt.slice(0, 10)}` : ''}`
  }
}
