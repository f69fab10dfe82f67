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
import { coderCodings } from './coder-codings'
import type { WorkspaceState } from '../model/workspace-state'

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
  const all = coderCodings(s, new Set(coderIds))
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
