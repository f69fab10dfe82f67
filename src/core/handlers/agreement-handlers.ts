import type { Handlers } from '../../shared/api'
import { computeAgreement } from '../analysis/compute-agreement'
import type { Workspace } from '../workspace'

export function agreementHandlers(ws: Workspace): Pick<Handlers, 'analysis.agreement'> {
  return { 'analysis.agreement': (input) => ws.read(() => computeAgreement(ws.state, input)) }
}
