import { ApiError, type SettleInput } from '../../shared/api'
import type { Change } from '../model/change'
import { addThemes, removeThemes } from '../model/theme-codings'
import type { WorkspaceState } from '../model/workspace-state'
import { disputedThemes, requireCoders, statementCodings } from './compute-disagreements'

/**
 * The changes that settle a disagreement on one statement. Of the given themes, those the coders still differ on
 * are settled; for each, the decision says whether it stays applied (accept: if the accepted coder applied it;
 * keepAll: yes; remove: no). A theme that stays is credited to every one of the coders who worked on the document
 * and lacked it; one that goes is removed from the statement and from the highlights inside it, whoever applied
 * it. Nothing when nothing is disputed.
 */
export function settleChanges(s: WorkspaceState, input: SettleInput): Change[] {
  const op = 'codings.settle'
  requireCoders(s, op, input.coderIds)
  const statement = s.statements.get(input.statementId)
  if (!statement) throw new ApiError('NOT_FOUND', `no statement with id "${input.statementId}"`)
  for (const id of input.themeIds)
    if (!s.themes.has(id)) throw new ApiError('NOT_FOUND', `no theme with id "${id}"`)
  const { decision } = input
  if (decision.kind === 'accept') {
    if (!s.coders.has(decision.coderId))
      throw new ApiError('NOT_FOUND', `no coder with id "${decision.coderId}"`)
    if (!input.coderIds.includes(decision.coderId))
      throw new ApiError('INVALID_INPUT', `${op}: the accepted coder must be one of the coders settled`)
  }
  const bundle = s.docs.get(statement.documentId)!
  const row = statementCodings(bundle, input.coderIds).find((r) => r.statementId === statement.id)
  if (!row) return []
  const disputed = disputedThemes(row.byCoder, new Set(input.themeIds))
  const stays = (themeId: string) =>
    decision.kind === 'keepAll' ||
    (decision.kind === 'accept' && !!row.byCoder[input.coderIds.indexOf(decision.coderId)]?.has(themeId))
  const gone = disputed.filter((t) => !stays(t))
  const { at } = s.stamp()
  let after = removeThemes(statement, gone)
  for (const themeId of disputed.filter(stays))
    row.byCoder.forEach((applied, i) => {
      if (applied && !applied.has(themeId))
        after = addThemes(after, [themeId], { by: input.coderIds[i]!, at })
    })
  const changes: Change[] = after === statement ? [] : [{ kind: 'statement', before: statement, after }]
  for (const a of bundle.annotations)
    if (a.start >= statement.start && a.end <= statement.end) {
      const kept = removeThemes(a, gone)
      if (kept !== a) changes.push({ kind: 'annotation', before: a, after: kept })
    }
  return changes
}
