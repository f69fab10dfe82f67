import { createClient, type Api } from '../shared/api'
import type { CoreService } from './core-service'

/** The typed API over a core in the same process (the CLI, scripts, tests): no transport in between. */
export function coreClient(core: CoreService): Api {
  return createClient({ invoke: (op, input) => core.dispatch(op, input), onChange: (l) => core.onChange(l) })
}
