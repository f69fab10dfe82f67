import type { AnalysisFilter } from '../../../../shared/api'
import type { Filter } from '../../app/app-state'

/** The analysis part of the app's filter, as the analysis queries take it (empty lists and "any" left out). */
export function analysisFilterOf(f: Filter): AnalysisFilter {
  const out: AnalysisFilter = {}
  if (f.documentIds?.length) out.documentIds = f.documentIds
  if (f.speakerIds?.length) out.speakerIds = f.speakerIds
  if (f.themeIds?.length) out.themeIds = f.themeIds
  if (f.coding && f.coding !== 'any') out.coding = f.coding
  if (f.from) out.from = f.from
  if (f.to) out.to = f.to
  if (f.relation) out.relation = f.relation
  return out
}
