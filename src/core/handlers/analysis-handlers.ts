import { ApiError, type NamespaceHandlers } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import type { Workspace } from '../workspace'
import { AnalysisCache } from '../analysis/analysis-cache'
import { AnalysisGraphCache } from '../analysis/analysis-graph-cache'
import { computeAgreement } from '../analysis/compute-agreement'
import { coderActivity } from '../analysis/coder-activity'
import { computeDisagreements } from '../analysis/compute-disagreements'
import { computeMatrix } from '../analysis/compute-matrix'
import { computeRelations } from '../analysis/compute-relations'
import { graphOf } from '../analysis/graph-of'
import { speakerProfiles } from '../analysis/speaker-profiles'
import { timelineOf } from '../analysis/timeline-of'
import { perState } from './per-state'

export function analysisHandlers(ws: Workspace): NamespaceHandlers<'analysis'> {
  const caches = perState((s) => ({ cache: new AnalysisCache(s), graphCache: new AnalysisGraphCache(s) }))
  // Analyses show the codings the view scope shows; agreement always compares everyone's.
  const cached = <T>(graph: boolean, op: string, input: unknown, compute: (s: WorkspaceState) => T) =>
    ws.read(() => {
      const s = ws.viewState()
      const c = caches(s)
      return (graph ? c.graphCache : c.cache).get(op, input, () => compute(s))
    })
  // Comparing coders shows every coder's codings: not while coding blind.
  const everyone = <T>(compute: (s: WorkspaceState) => T) =>
    ws.read(() => {
      if (ws.viewScope.blind)
        throw new ApiError('CONFLICT', 'blind mode hides the other coders; turn it off to compare codings')
      return compute(ws.state)
    })
  return {
    'analysis.matrix': (input) => cached(false, 'matrix', input, (s) => computeMatrix(s, input)),
    'analysis.relations': (input) => cached(false, 'relations', input, (s) => computeRelations(s, input)),
    'analysis.graph': (input) => cached(true, 'graph', input, (s) => graphOf(s, input)),
    'analysis.timeline': (input) => cached(true, 'timeline', input, (s) => timelineOf(s, input)),
    'analysis.speakers': (input) => cached(true, 'speakers', input, (s) => speakerProfiles(s, input)),
    'analysis.agreement': (input) => everyone((s) => computeAgreement(s, input)),
    'analysis.disagreements': (input) => everyone((s) => computeDisagreements(s, input)),
    'analysis.coders': () => ws.read(() => coderActivity(ws.state))
  }
}
