import type { Handlers } from '../../shared/api'
import type { Workspace } from '../workspace'
import { AnalysisGraphCache } from '../analysis/analysis-graph-cache'
import { graphOf } from '../analysis/graph-of'
import { speakerProfiles } from '../analysis/speaker-profiles'
import { timelineOf } from '../analysis/timeline-of'

type GraphOps = 'analysis.graph' | 'analysis.timeline' | 'analysis.speakers'

export function analysisGraphHandlers(ws: Workspace): Pick<Handlers, GraphOps> {
  const s = ws.state
  const cache = new AnalysisGraphCache(s)
  return {
    'analysis.graph': (input) => ws.read(() => cache.get('graph', input, () => graphOf(s, input))),
    'analysis.timeline': (input) => ws.read(() => cache.get('timeline', input, () => timelineOf(s, input))),
    'analysis.speakers': (input) =>
      ws.read(() => cache.get('speakers', input, () => speakerProfiles(s, input)))
  }
}
