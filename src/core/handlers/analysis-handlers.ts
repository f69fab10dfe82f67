import type { Handlers } from '../../shared/api'
import type { Workspace } from '../workspace'
import { AnalysisCache } from '../analysis/analysis-cache'
import { computeMatrix } from '../analysis/compute-matrix'
import { computeRelations } from '../analysis/compute-relations'

type AnalysisOps = 'analysis.matrix' | 'analysis.relations'

export function analysisHandlers(ws: Workspace): Pick<Handlers, AnalysisOps> {
  const cache = new AnalysisCache(ws.state)
  return {
    'analysis.matrix': (input) =>
      ws.read(() => cache.get('matrix', input, () => computeMatrix(ws.state, input))),
    'analysis.relations': (input) =>
      ws.read(() => cache.get('relations', input, () => computeRelations(ws.state, input)))
  }
}
