/**
 * The child of the crash test: opens the workspace given as argv[2] through openCore and writes through the API in
 * a loop until it is killed, printing one JSON line per write (see WriterLine). An `ack` line is printed only after
 * the write's promise has resolved, so every acked write must survive the kill.
 */
import { ApiError } from '../../src/shared/api'
import { openCore } from '../../src/core/open-core'
import { chooseAction } from './choose-action'
import { applyAction, type WriterLine } from './crash-model'
import { createRandom } from './create-random'
import { performAction } from './perform-action'
import { readTrackedState } from './read-tracked-state'
import { coreClient } from '../../src/core/core-client'

const MAX_WRITES = 100_000

const say = (line: WriterLine) => process.stdout.write(JSON.stringify(line) + '\n')

const [dir, seed] = process.argv.slice(2)
if (!dir || seed === undefined) throw new Error('usage: crash-writer DIR SEED')
const random = createRandom(Number(seed))
const core = await openCore(dir)
const api = coreClient(core)
say({ ready: true, pid: process.pid })

const statements = (await api['statements.list']({ limit: 100_000 })).items.map((s) => ({
  id: s.id,
  documentId: s.documentId,
  start: s.start,
  end: s.end
}))
let model = await readTrackedState(api)
for (let i = 0; i < MAX_WRITES; i++) {
  const action = chooseAction(model, statements, random)
  if (!action) continue
  say({ intent: action })
  try {
    const done = await performAction(api, action)
    model = applyAction(model, done)
    say({ ack: done })
  } catch (err) {
    // A refused write (duplicate, missing id) changes nothing; anything else is a bug the parent must see.
    if (!(err instanceof ApiError) || err.code === 'INTERNAL') throw err
    say({ failed: { op: action.op, code: err.code, message: err.message } })
  }
}
await core.close()
