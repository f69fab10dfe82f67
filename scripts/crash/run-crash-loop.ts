import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRandom } from './create-random'
import { prepareCrashWorkspace } from './prepare-crash-workspace'
import { runAndKillWriter } from './run-and-kill-writer'
import { verifyAfterKill } from './verify-after-kill'
import { writerCommand } from './writer-command'

export interface CrashLoopOptions {
  kills: number
  seed: number
  /** Progress lines (default: none). */
  log?: (line: string) => void
  /** Keep the workspace folder for inspection when something failed. */
  keepOnFailure?: boolean
}

export interface CrashLoopResult {
  kills: number
  unreadableFiles: number
  lostWrites: number
  acknowledgedWrites: number
  /** Kills that landed while the writer was still opening (and recovering) the workspace. */
  killsDuringOpen: number
  /** Kills after which the write in flight had landed (allowed either way). */
  inFlightLanded: number
  staleLockWaits: number
  /** Everything that went wrong, for the report; empty on success. */
  problems: string[]
  /** The summary line. */
  summary: string
}

/** SIGKILLs a writer `kills` times, checking after each kill that nothing is damaged and nothing acked is lost. */
export async function runCrashLoop(opts: CrashLoopOptions): Promise<CrashLoopResult> {
  const log = opts.log ?? (() => {})
  const base = await mkdtemp(join(tmpdir(), 'dossier-crash-'))
  const dir = join(base, 'ws')
  const random = createRandom(opts.seed)
  const result: CrashLoopResult = {
    kills: 0,
    unreadableFiles: 0,
    lostWrites: 0,
    acknowledgedWrites: 0,
    killsDuringOpen: 0,
    inFlightLanded: 0,
    staleLockWaits: 0,
    problems: [],
    summary: ''
  }
  try {
    const [writer, initial] = await Promise.all([writerCommand(), prepareCrashWorkspace(dir)])
    let model = initial
    for (let i = 0; i < opts.kills; i++) {
      const seed = (opts.seed + i * 7919) >>> 0
      const run = await runAndKillWriter(writer, dir, seed, random)
      if (!run.killed) {
        result.problems.push(
          `kill ${i + 1} (writer seed ${seed}): the writer exited by itself: ${run.stderr.trim()}`
        )
        break
      }
      result.kills++
      if (run.beforeReady) result.killsDuringOpen++
      const v = await verifyAfterKill(dir, model, run.lines)
      result.acknowledgedWrites += v.acked
      result.unreadableFiles += v.unreadable.length
      result.lostWrites += v.lost.length
      if (v.inFlightLanded) result.inFlightLanded++
      if (v.waitedForStaleLock) result.staleLockWaits++
      const where = `kill ${i + 1} (writer seed ${seed})`
      for (const u of v.unreadable) result.problems.push(`${where}: unreadable ${u}`)
      for (const l of v.lost) result.problems.push(`${where}: lost ${l}`)
      for (const f of v.leftovers) result.problems.push(`${where}: left behind ${f}`)
      log(
        `kill ${i + 1}/${opts.kills}: ${v.acked} acked writes${run.beforeReady ? ' (killed while opening)' : ''}` +
          `${v.inFlightLanded ? ', in-flight write landed' : ''}: ${v.unreadable.length} unreadable, ${v.lost.length} lost`
      )
      model = v.actual
    }
  } catch (err) {
    result.problems.push(`the crash test failed: ${(err as Error)?.stack ?? String(err)}`)
  } finally {
    result.summary = `crash test: ${result.kills} kills, ${result.unreadableFiles} unreadable files, ${result.lostWrites} lost acknowledged writes`
    if (opts.keepOnFailure && result.problems.length > 0) log(`workspace kept at ${dir}`)
    else await rm(base, { recursive: true, force: true })
  }
  return result
}
