import { beforeEach, describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, type ProgressEvent } from '../../shared/api'
import { copiesOf } from '../services/export/testing/copies-of'
import { makeTestSnapshot } from '../services/export/testing/test-snapshot'
import { testCore, type TempCore } from '../testing/temp-core'

let t: TempCore
beforeEach(async () => {
  t = await testCore()
})

describe('export.run as a task', () => {
  it('reports progress under its task id, ending finished', async () => {
    const events: ProgressEvent[] = []
    t.core.onProgress((e) => e.taskId === 'export-1' && events.push(e))
    const result = await t.api['export.run']({ format: 'markdown', taskId: 'export-1' })
    expect(result.files[0]!.text).toContain('# ')
    expect(events[0]).toMatchObject({ done: 0, finished: false, label: 'Exporting markdown' })
    expect(events.some((e) => !e.finished && e.total > 0 && e.done === e.total)).toBe(true)
    expect(events.at(-1)!.finished).toBe(true)
  })

  it('every format reports progress: from 0, to done of its total, then finished', async () => {
    for (const format of EXPORT_FORMATS) {
      const events: ProgressEvent[] = []
      const off = t.core.onProgress((e) => e.taskId === `export-${format}` && events.push(e))
      await t.api['export.run']({ format, taskId: `export-${format}` })
      off()
      expect(events[0], format).toMatchObject({ done: 0, finished: false, label: `Exporting ${format}` })
      expect(
        events.some((e) => !e.finished && e.total > 0 && e.done === e.total),
        format
      ).toBe(true)
      expect(events.at(-1)!.finished, format).toBe(true)
    }
  })

  it('is cancelled by tasks.cancel, even one sent before it started, and says so', async () => {
    await t.api['tasks.cancel']({ taskId: 'export-2' })
    await expect(t.api['export.run']({ format: 'obsidian', taskId: 'export-2' })).rejects.toMatchObject({
      code: 'CANCELLED'
    })
    // The workspace is untouched and the next export runs.
    expect(
      (await t.api['export.run']({ format: 'obsidian', taskId: 'export-3' })).files.length
    ).toBeGreaterThan(1)
  })

  it('exports the workspace as it was when asked, while a change lands meanwhile', async () => {
    const statement = (await t.api['statements.list']({})).items[0]!
    const theme = (await t.api['themes.list']({}))[0]!
    const exporting = t.api['export.run']({ format: 'markdown' })
    await t.api['statements.tag']({ statementIds: [statement.id], themeIds: [theme.id] })
    const report = (await exporting).files[0]!.text!
    // The export shows the workspace as it was when it started.
    expect(report).not.toContain(statement.text.slice(0, 20))
    const after = (await t.api['export.run']({ format: 'markdown' })).files[0]!.text!
    expect(after).toContain(statement.text.slice(0, 20))
  })

  it('answers other requests during a JSON export of a sizeable workspace, its progress in order', async () => {
    const big = await testCore('empty')
    const snapshot = JSON.stringify(copiesOf(makeTestSnapshot(), 200))
    await big.api['import.file']({ fileName: 'big.json', base64: Buffer.from(snapshot).toString('base64') })
    const order: string[] = []
    const events: ProgressEvent[] = []
    let stats: Promise<unknown> | undefined
    big.core.onProgress((e) => {
      if (e.taskId !== 'big-json') return
      events.push(e)
      if (!stats && e.done > 0 && e.done < e.total)
        stats = big.api['workspace.stats']({}).then((r) => {
          order.push(`stats at ${events.length} events`)
          return r
        })
    })
    await big.api['export.run']({ format: 'json', taskId: 'big-json' })
    order.push(`export after ${events.length} events`)
    expect(stats).toBeDefined()
    expect(await stats).toMatchObject({ documents: 400 })
    expect(order[0]).toMatch(/^stats/)
    expect(order[1]).toMatch(/^export/)
    const running = events.filter((e) => !e.finished)
    expect(running.length).toBeGreaterThan(3)
    expect(
      running.every((e, i) => i === 0 || (e.total === running[1]!.total && e.done >= running[i - 1]!.done))
    ).toBe(true)
    expect(events.at(-1)!.finished).toBe(true)
  }, 120_000)
})
