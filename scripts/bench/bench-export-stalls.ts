import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { CoreService } from '../../src/core/core-service'
import { EXPORT_FORMATS, type ProgressEvent } from '../../src/shared/api'
import type { Measurement } from './measurement'
import { summarize, timed } from './stats'

/** Budget of every export: the longest the event loop waits for it at once (other requests wait as long). */
export const EXPORT_STALL_MS = 100

/**
 * Every export format of the whole workspace once, through dispatch as a task: the longest event-loop stall
 * while it runs (monitorEventLoopDelay's largest delay, at 5 ms resolution) against the whole export's time,
 * and whether its progress went from 0 to the end in order.
 */
export async function benchExportStalls(
  core: CoreService,
  log: (m: string) => void = () => {}
): Promise<Record<string, Measurement>> {
  const out: Record<string, Measurement> = {}
  for (const format of EXPORT_FORMATS) {
    const events: ProgressEvent[] = []
    const taskId = `bench-stall-${format}`
    const off = core.onProgress((e) => e.taskId === taskId && events.push(e))
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    let total: number
    try {
      total = await timed(() => core.dispatch('export.run', { format, taskId }))
    } finally {
      delay.disable()
      off()
    }
    const stall = delay.max / 1e6
    const steps = events.filter((e) => !e.finished)
    const ordered = steps.every(
      (e, i) => i === 0 || (e.done >= steps[i - 1]!.done && e.total === steps.at(-1)!.total)
    )
    const last = steps.at(-1)
    const progress = `${steps.length} progress events${ordered ? ', in order' : ', OUT OF ORDER'}, to ${last?.done}/${last?.total}`
    log(`  ${format}: longest stall ${Math.round(stall)} ms of ${Math.round(total)} ms (${progress})`)
    out[`export.stall.${format}`] = {
      what: `longest event-loop stall during export.run ${format} of the whole workspace (${progress})`,
      unit: 'ms',
      ...summarize([stall]),
      baseline: { what: `the whole ${format} export, at once`, ...summarize([total]) },
      budget: {
        rule: `longest stall ≤ ${EXPORT_STALL_MS} ms, progress in order`,
        pass: stall <= EXPORT_STALL_MS && ordered && last?.done === last?.total
      }
    }
  }
  return out
}
