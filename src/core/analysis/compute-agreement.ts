import {
  agreementSummary,
  NO_VALUE_MESSAGES,
  poolUnits,
  spanUnits,
  statementUnits,
  type ReliabilityData,
  type ThemeUnits
} from '../../shared/analysis/agreement'
import { ApiError, type AgreementInput, type AgreementResult, type AgreementRow } from '../../shared/api'
import { codebookOrder } from '../../shared/domain'
import { statementsInRange } from '../model/statements-in-range'
import type { WorkspaceState } from '../model/workspace-state'

/** One coder's coding: a theme on a whole statement, or on a highlight. */
interface CoderCoding {
  coder: string
  themeId: string
  documentId: string
  start: number
  end: number
  /** The statements it codes (the whole statement, or those the highlight touches). */
  statementIds: string[]
}

function codingsOf(s: WorkspaceState, coders: ReadonlySet<string>): CoderCoding[] {
  const out: CoderCoding[] = []
  for (const { document, statements, annotations } of s.docs.values()) {
    for (const st of statements)
      for (const c of st.codedBy ?? [])
        if (coders.has(c.createdBy))
          out.push({
            coder: c.createdBy,
            themeId: c.themeId,
            documentId: document.id,
            start: st.start,
            end: st.end,
            statementIds: [st.id]
          })
    for (const a of annotations) {
      const touched = statementsInRange(statements, a.start, a.end).map((st) => st.id)
      for (const c of a.codedBy ?? [])
        if (coders.has(c.createdBy))
          out.push({
            coder: c.createdBy,
            themeId: c.themeId,
            documentId: document.id,
            start: a.start,
            end: a.end,
            statementIds: touched
          })
    }
  }
  return out
}

function row(themeId: string | null, theme: string, data: ReliabilityData): AgreementRow {
  const summary = agreementSummary(data)
  const undefinedBecause: Record<string, string> = {}
  for (const key of ['percentAgreement', 'kappa', 'fleissKappa', 'alpha'] as const) {
    const reason = summary[key].reason
    if (reason) undefinedBecause[key] = NO_VALUE_MESSAGES[reason]
  }
  return {
    themeId,
    theme,
    units: summary.units,
    percentAgreement: summary.percentAgreement.value,
    kappa: summary.kappa.value,
    fleissKappa: summary.fleissKappa.value,
    alpha: summary.alpha.value,
    undefinedBecause
  }
}

/**
 * Agreement among the coders over the documents two or more of them worked on (coded something in), per theme in
 * codebook order (themes none of them applied there left out) and over all those themes pooled.
 */
export function computeAgreement(s: WorkspaceState, input: AgreementInput): AgreementResult {
  const coderIds = [...new Set(input.coderIds)]
  if (coderIds.length !== input.coderIds.length)
    throw new ApiError('INVALID_INPUT', 'analysis.agreement: each coder may be named only once')
  for (const id of coderIds)
    if (!s.coders.has(id)) throw new ApiError('NOT_FOUND', `no coder with id "${id}"`)
  if (input.themeId !== undefined && !s.themes.has(input.themeId))
    throw new ApiError('NOT_FOUND', `no theme with id "${input.themeId}"`)
  const inScope = input.themeId === undefined ? null : s.themeWithDescendants(input.themeId)
  const all = codingsOf(s, new Set(coderIds))
  const codings = inScope ? all.filter((c) => inScope.has(c.themeId)) : all
  // A coder has worked on a document when they coded anything in it, in the scope or not.
  const workedOn = new Map(coderIds.map((id) => [id, new Set<string>()]))
  for (const c of all) workedOn.get(c.coder)!.add(c.documentId)
  const used = new Set(codings.map((c) => c.themeId))
  const themeIds = codebookOrder([...s.themes.values()])
    .map((e) => e.theme.id)
    .filter((id) => used.has(id))
  const level = input.level ?? 'statement'
  const perTheme: ThemeUnits[] =
    level === 'statement'
      ? statementUnits({
          coders: coderIds,
          statements: [...s.statements.values()],
          codings: codings.flatMap((c) =>
            c.statementIds.map((statementId) => ({ coder: c.coder, statementId, themeId: c.themeId }))
          ),
          workedOn,
          themeIds
        })
      : spanUnits({
          coders: coderIds,
          documents: [...s.docs.values()].map((d) => ({ id: d.document.id, length: d.document.text.length })),
          spans: codings,
          workedOn,
          themeIds
        })
  const name = (id: string) => s.themes.get(id)?.name ?? id
  const themes = perTheme.filter((t) => t.data.units.length > 0)
  return {
    coders: coderIds.map((id) => s.coders.get(id)!),
    level,
    themes: themes.map((t) => row(t.themeId, name(t.themeId), t.data)),
    overall: row(null, 'Overall', poolUnits(coderIds, themes))
  }
}
