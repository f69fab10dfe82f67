import type { NamespaceHandlers } from '../../shared/api'
import type { Workspace } from '../workspace'
import { AnalysisCache } from '../analysis/analysis-cache'
import { AnalysisGraphCache } from '../analysis/analysis-graph-cache'
import { computeAgreement } from '../analysis/compute-agreement'
import { computeMatrix } from '../analysis/compute-matrix'
import { computeRelations } from '../analysis/compute-relations'
import { graphOf } from '../analysis/graph-of'
import { speakerProfiles } from '../analysis/speaker-profiles'
import { timelineOf } from '../analysis/timeline-of'

export function analysisHandlers(ws: Workspace): NamespaceHandlers<'analysis'> {
  const s = ws.state
  const cache = new AnalysisCache(s)
  const graphCache = new AnalysisGraphCache(s)
  return {
    'analysis.matrix': (input) => ws.read(() => cache.get('matrix', input, () => computeMatrix(s, input))),
    'analysis.relations': (input) =>
      ws.read(() => cache.get('relations', input, () => computeRelations(s, input))),
    'analysis.graph': (input) => ws.read(() => graphCache.get('graph', input, () => graphOf(s, input))),
    'analysis.timeline': (input) =>
      ws.read(() => graphCache.get('timeline', input, () => timelineOf(s, input))),
    'analysis.speakers': (input) =>
      ws.read(() => graphCache.get('speakers', input, () => speakerProfiles(s, input))),
    'analysis.agreement': (input) => ws.read(() => computeAgreement(s, input))
  }
}
