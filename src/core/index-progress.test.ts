import { describe, expect, it } from 'vitest'
import { SEARCH_INDEX_TASK, type ProgressEvent } from '../shared/api'
import { indexProgressEvents } from './index-progress'
import { openCore } from './open-core'
import { testCore } from './testing/temp-core'

describe('indexProgressEvents', () => {
  it('sends the first report, then at most one per interval, and always the last', () => {
    const events: ProgressEvent[] = []
    let t = 0
    const report = indexProgressEvents(
      (e) => events.push(e),
      () => t
    )
    report(10, 100)
    t = 50
    report(20, 100)
    t = 200
    report(30, 100)
    t = 210
    report(100, 100)
    expect(events.map((e) => [e.done, e.finished])).toEqual([
      [10, false],
      [30, false],
      [100, true]
    ])
    expect(events.every((e) => e.taskId === SEARCH_INDEX_TASK)).toBe(true)
  })
})

describe('search index progress after open', () => {
  it('is reported in workspace.info while building and as progress events until finished', async () => {
    const t = await testCore()
    await t.core.close()
    const core = await openCore(t.dir, { validateOutput: true })
    t.core = core
    const events: ProgressEvent[] = []
    const finished = new Promise<void>((resolve) =>
      core.onProgress((e) => {
        events.push(e)
        if (e.taskId === SEARCH_INDEX_TASK && e.finished) resolve()
      })
    )
    const before = (await core.dispatch('workspace.info', {})) as {
      indexing?: { done: number; total: number }
    }
    expect(before.indexing?.done).toBe(0)
    expect(before.indexing!.total).toBeGreaterThan(40)
    await finished
    const last = events.at(-1)!
    expect(last).toMatchObject({ taskId: SEARCH_INDEX_TASK, finished: true, done: before.indexing!.total })
    const after = (await core.dispatch('workspace.info', {})) as { indexing?: unknown }
    expect(after.indexing).toBeUndefined()
  })
})
