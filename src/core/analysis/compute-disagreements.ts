import {
  ApiError,
  type Disagreement,
  type DisagreementsInput,
  type DisagreementsResult
} from '../../shared/api'
import { codebookOrder } from '../../shared/domain'
import type { DocumentBundle } from '../model/change'
import type { WorkspaceState } from '../model/workspace-state'
import { documentCodings } from './coder-codings'

const DEFAULT_LIMIT = 50

/** The coders' codings of one statement: per coder (in order), the themes applied, or null if not worked on. */
export interface StatementCodings {
  statementId: string
  byCoder: (Set<string> | null)[]
}

/** Checks the coders (each once, each known); the same one-line refusals as analysis.agreement. */
export function requireCoders(s: WorkspaceState, op: string, coderIds: readonly string[]): void {
  if (new Set(coderIds).size !== coderIds.length)
    throw new ApiError('INVALID_INPUT', `${op}: each coder may be named only once`)
  for (const id of coderIds)
    if (!s.coders.has(id)) throw new ApiError('NOT_FOUND', `no coder with id "${id}"`)
}

/**
 * The coded statements of a document two or more of the coders worked on (coded anything in), with each coder's
 * themes on them: as analysis.agreement counts at statement level, a highlight codes the statements it touches.
 * Empty when fewer than two coders worked on the document.
 */
export function statementCodings(bundle: DocumentBundle, coderIds: readonly string[]): StatementCodings[] {
  const index = new Map(coderIds.map((id, i) => [id, i]))
  const codings = documentCodings(bundle, new Set(coderIds))
  const workedOn = new Set(codings.map((c) => c.coder))
  if (workedOn.size < 2) return []
  const byStatement = new Map<string, (Set<string> | null)[]>()
  for (const c of codings)
    for (const id of c.statementIds) {
      let row = byStatement.get(id)
      if (!row) byStatement.set(id, (row = coderIds.map((coder) => (workedOn.has(coder) ? new Set() : null))))
      row[index.get(c.coder)!]!.add(c.themeId)
    }
  return bundle.statements
    .filter((st) => byStatement.has(st.id))
    .map((st) => ({ statementId: st.id, byCoder: byStatement.get(st.id)! }))
}

/** The themes (of `candidates`) that some of the coders who worked on the statement applied and others did not. */
export function disputedThemes(
  byCoder: readonly (Set<string> | null)[],
  candidates?: ReadonlySet<string>
): string[] {
  const count = new Map<string, number>()
  let present = 0
  for (const applied of byCoder) {
    if (!applied) continue
    present++
    for (const t of applied) if (!candidates || candidates.has(t)) count.set(t, (count.get(t) ?? 0) + 1)
  }
  return [...count].filter(([, n]) => n < present).map(([t]) => t)
}

/** The statements on which the coders' codings differ, in document order, a page at a time. */
export function computeDisagreements(s: WorkspaceState, input: DisagreementsInput): DisagreementsResult {
  requireCoders(s, 'analysis.disagreements', input.coderIds)
  if (input.themeId !== undefined && !s.themes.has(input.themeId))
    throw new ApiError('NOT_FOUND', `no theme with id "${input.themeId}"`)
  const rank = new Map(codebookOrder([...s.themes.values()]).map((e, i) => [e.theme.id, i]))
  const only = input.themeId === undefined ? undefined : new Set([input.themeId])
  const found: { bundle: DocumentBundle; row: StatementCodings; themes: string[] }[] = []
  for (const bundle of s.docs.values())
    for (const row of statementCodings(bundle, input.coderIds)) {
      const themes = disputedThemes(row.byCoder, only).filter((t) => rank.has(t))
      if (themes.length > 0)
        found.push({ bundle, row, themes: themes.sort((a, b) => rank.get(a)! - rank.get(b)!) })
    }
  const offset = input.offset ?? 0
  const items = found
    .slice(offset, offset + (input.limit ?? DEFAULT_LIMIT))
    .map(({ bundle, row, themes }): Disagreement => {
      const st = s.statements.get(row.statementId)!
      return {
        statementId: st.id,
        documentId: bundle.document.id,
        documentTitle: bundle.document.title,
        text: st.text,
        speakerName: (st.speakerId && s.speakers.get(st.speakerId)?.name) || null,
        themes: themes.map((id) => ({ id, name: s.themes.get(id)!.name })),
        codings: input.coderIds.map((coderId, i) => {
          const applied = row.byCoder[i]
          return { coderId, themeIds: applied ? themes.filter((t) => applied.has(t)) : null }
        })
      }
    })
  return { coders: input.coderIds.map((id) => s.coders.get(id)!), total: found.length, items }
}
