import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openCore } from '../../src/core/open-core'
import { WorkspaceStore } from '../../src/core/store/workspace-store'
import { ApiError } from '../../src/shared/api'
import type { CoreService } from '../../src/core/core-service'
import {
  applyAction,
  diffStates,
  withInFlight,
  type CrashAction,
  type TrackedState,
  type WriterLine
} from './crash-model'
import { readTrackedState } from './read-tracked-state'
import { coreClient } from '../../src/core/core-client'

export interface Verdict {
  /** Files that failed to read or validate right after the kill (before any recovery). */
  unreadable: string[]
  /** Acknowledged changes missing from the reopened workspace. */
  lost: string[]
  /** Temp files or a journal still there after the workspace was opened and closed again. */
  leftovers: string[]
  acked: number
  inFlightLanded: boolean
  /** The lock was left without a holder (killed between taking it and naming itself): waited until stale. */
  waitedForStaleLock: boolean
  /** What the workspace holds now: the next round's model. */
  actual: TrackedState
}

const TEMP_FILE = /\.json\.\d+$/

async function openWhenUnlocked(dir: string): Promise<{ core: CoreService; waited: boolean }> {
  const until = Date.now() + 20_000
  let waited = false
  for (;;) {
    try {
      return { core: await openCore(dir), waited }
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'LOCKED' || Date.now() > until) throw err
      waited = true
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

async function leftoverFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const folder of ['', 'documents', 'notes']) {
    for (const name of await readdir(join(dir, folder)).catch(() => [] as string[])) {
      if (TEMP_FILE.test(name) || name === '.journal.json') found.push(join(folder, name))
    }
  }
  return found
}

/** Checks the workspace after a kill against the model plus every write acknowledged before it. */
export async function verifyAfterKill(
  dir: string,
  model: TrackedState,
  lines: WriterLine[]
): Promise<Verdict> {
  const unreadable = (await WorkspaceStore.check(dir)).map((d) => `${d.file}: ${d.reason}`)
  const { core, waited } = await openWhenUnlocked(dir)
  let actual: TrackedState
  try {
    const api = coreClient(core)
    const info = await api['workspace.info']({})
    unreadable.push(...info.damaged.map((d) => `${d.file}: ${d.reason} (after open)`))
    actual = await readTrackedState(api)
  } finally {
    await core.close()
  }

  let expected = model
  let acked = 0
  let inFlight: CrashAction | null = null
  for (const line of lines) {
    if ('ack' in line) {
      expected = applyAction(expected, line.ack)
      acked++
      inFlight = null
    } else if ('intent' in line) inFlight = line.intent
    else if ('failed' in line) inFlight = null
  }
  let lost = diffStates(expected, actual)
  let inFlightLanded = false
  if (lost.length > 0 && inFlight) {
    const alternative = withInFlight(expected, inFlight, actual)
    if (alternative && diffStates(alternative, actual).length === 0) {
      lost = []
      inFlightLanded = true
    }
  }
  return {
    unreadable,
    lost,
    leftovers: await leftoverFiles(dir),
    acked,
    inFlightLanded,
    waitedForStaleLock: waited,
    actual
  }
}
