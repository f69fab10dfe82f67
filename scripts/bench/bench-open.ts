import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openCore } from '../../src/core/open-core'
import { mapWithConcurrency } from '../../src/core/store/map-with-concurrency'
import { withinFactor, type Measurement } from './measurement'
import { collectGarbage, summarize, timed } from './stats'
import { workspaceFiles } from './work-copy'

/** What the store does at least: read every file and JSON.parse it (16 at a time, as the store reads). */
export async function readAndParseAll(dir: string): Promise<unknown[]> {
  const files = await workspaceFiles(dir)
  return mapWithConcurrency(
    files,
    16,
    async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as unknown
  )
}

/**
 * Open: from disk to ready for the first query (openCore, then the first page of the claims table), against
 * reading and parsing the same files; alternated, after one warm-up of each.
 */
export async function benchOpen(dir: string, reps: number): Promise<Measurement> {
  const open: number[] = []
  const base: number[] = []
  for (let r = -1; r < reps; r++) {
    collectGarbage()
    const b = await timed(() => readAndParseAll(dir))
    collectGarbage()
    let core: Awaited<ReturnType<typeof openCore>> | undefined
    const o = await timed(async () => {
      core = await openCore(dir)
      await core.dispatch('statements.list', { limit: 200 })
    })
    await core!.close()
    if (r >= 0) {
      open.push(o)
      base.push(b)
    }
  }
  return withinFactor(
    {
      what: 'openCore + first statements.list page',
      unit: 'ms',
      ...summarize(open),
      baseline: { what: 'read + JSON.parse every file', ...summarize(base) }
    },
    2
  )
}
