import type { AnalysisFilter } from '../../../../shared/api'
import type { Filter } from '../../app/app-state'

/** The analysis part of the app's filter (the claims bar's single choices and text search stay in claims). */
export function analysisFilterOf(f: Filter): AnalysisFilter {
  const out: AnalysisFilter = {}
  if (f.documentIds?.length) out.documentIds = f.documentIds
  if (f.speakerIds?.length) out.speakerIds = f.speakerIds
  if (f.themeIds?.length) out.themeIds = f.themeIds
  if (f.allThemeIds?.length) out.allThemeIds = f.allThemeIds
  if (f.coding && f.coding !== 'any') out.coding = f.coding
  if (f.from) out.from = f.from
  if (f.to) out.to = f.to
  if (f.relation) out.relation = f.relation
  return out
}

/** A drill-down's narrowing: exactly `filter`, with the claims-only choices cleared. */
export const drillFilter = (filter: AnalysisFilter): Filter => ({
  ...filter,
  themeId: undefined,
  speakerId: undefined,
  documentId: undefined,
  text: undefined,
  linked: undefined
})
