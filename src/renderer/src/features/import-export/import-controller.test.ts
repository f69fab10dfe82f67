import { describe, expect, it, vi } from 'vitest'
import { ApiError, type ImportResult, type OpInput, type ProgressEvent } from '../../../../shared/api'
import { createImportController, type ImportDeps, type ImportFile } from './import-controller'

const file = (name: string, text = 'Some text. More text.'): ImportFile => {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer }
}
const hugeFile = (name: string, size: number): ImportFile => ({
  name,
  size,
  arrayBuffer: () => Promise.reject(new Error('must not be read'))
})
const ok = (title: string, statements = 2, documentId = `d-${title}`): ImportResult => ({
  imported: [{ documentId, title, statements }],
  skipped: [],
  warnings: []
})
const duplicate = (fileName: string, duplicateOf: string): ImportResult => ({
  imported: [],
  skipped: [{ fileName, reason: 'the same text is already in the workspace', duplicateOf }],
  warnings: []
})
const deferred = <T>() => {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

function setup(importFile: (input: OpInput<'import.file'>) => Promise<ImportResult>) {
  let n = 0
  const deps = {
    importFile: vi.fn(importFile),
    cancelTask: vi.fn(async () => ({ cancelled: true })),
    undoImport: vi.fn(async () => true),
    documentTitle: vi.fn(async (id: string) => `Title of ${id}`),
    notify: vi.fn(),
    openDocument: vi.fn(),
    newTaskId: () => `import-${++n}`
  } satisfies ImportDeps
  const controller = createImportController(deps)
  const messages = () => deps.notify.mock.calls.map(([m, kind]) => `${kind ?? 'info'}: ${m}`)
  return { deps, controller, messages }
}

/** Waits until the controller asks the duplicate question. */
async function questionAsked(store: ReturnType<typeof setup>['controller']['store']) {
  await vi.waitFor(() => expect(store.getState().question).not.toBeNull())
  return store.getState().question!
}

describe('import flow', () => {
  it('sends base64 with a task id, reports and opens the new document', async () => {
    const { deps, controller, messages } = setup(async (input) => ok(input.fileName.replace('.txt', ''), 3))
    await controller.importFiles([file('memo.txt', 'héllo')])
    expect(deps.importFile).toHaveBeenCalledWith({
      fileName: 'memo.txt',
      base64: Buffer.from('héllo').toString('base64'),
      taskId: 'import-1'
    })
    expect(messages()).toEqual(['info: Imported “memo” — 3 statements'])
    expect(deps.openDocument).toHaveBeenCalledWith('d-memo')
    expect(controller.store.getState()).toMatchObject({ active: null, cancelling: false, question: null })
  })

  it('refuses a file over 50 MB before reading it, naming the file', async () => {
    const { deps, controller, messages } = setup(async () => ok('x'))
    await controller.importFiles([hugeFile('scan.pdf', 76_755_763)])
    expect(deps.importFile).not.toHaveBeenCalled()
    expect(messages()).toEqual(['error: scan.pdf is 73.2 MB; the limit is 50 MB'])
  })

  it('shows errors naming the file and carries on with the next file', async () => {
    const { deps, controller, messages } = setup(async (input) => {
      if (input.fileName === 'empty.txt') throw new ApiError('INVALID_INPUT', 'empty.txt is empty')
      if (input.fileName === 'odd.md') throw new ApiError('INTERNAL', 'disk full')
      return ok('Good', 1)
    })
    await controller.importFiles([file('empty.txt', ''), file('odd.md'), file('good.txt')])
    expect(messages()).toEqual([
      'error: empty.txt is empty',
      'error: Could not import “odd.md”: disk full',
      'info: Imported “Good” — 1 statement'
    ])
    expect(deps.openDocument).toHaveBeenCalledWith('d-Good')
  })

  it('asks about a duplicate and imports again when told to', async () => {
    const { deps, controller, messages } = setup(async (input) =>
      input.duplicate === 'import' ? ok('Memo (2)', 2, 'd2') : duplicate(input.fileName, 'd1')
    )
    const done = controller.importFiles([file('memo.txt')])
    expect(await questionAsked(controller.store)).toEqual({
      fileName: 'memo.txt',
      existingTitle: 'Title of d1'
    })
    controller.answer('import')
    await done
    expect(deps.importFile).toHaveBeenCalledTimes(2)
    expect(deps.importFile.mock.calls[1]![0]).toMatchObject({ duplicate: 'import', taskId: 'import-2' })
    expect(messages()).toEqual(['info: Imported “Memo (2)” — 2 statements'])
    expect(deps.openDocument).toHaveBeenCalledWith('d2')
    expect(controller.store.getState().question).toBeNull()
  })

  it('skips a duplicate when told to: nothing is imported or opened', async () => {
    const { deps, controller, messages } = setup(async (input) => duplicate(input.fileName, 'd1'))
    const done = controller.importFiles([file('memo.txt')])
    await questionAsked(controller.store)
    controller.answer('skip')
    await done
    expect(deps.importFile).toHaveBeenCalledTimes(1)
    expect(messages()).toEqual(['info: Skipped “memo.txt”: already in the workspace as “Title of d1”'])
    expect(deps.openDocument).not.toHaveBeenCalled()
  })

  it('asks one question at a time for several duplicates', async () => {
    const { deps, controller } = setup(async (input) =>
      input.duplicate === 'import' ? ok(input.fileName) : duplicate(input.fileName, 'd1')
    )
    const done = controller.importFiles([file('a.txt'), file('b.txt')])
    expect((await questionAsked(controller.store)).fileName).toBe('a.txt')
    controller.answer('skip')
    await vi.waitFor(() => expect(controller.store.getState().question?.fileName).toBe('b.txt'))
    controller.answer('import')
    await done
    expect(deps.importFile.mock.calls.map(([i]) => `${i.fileName} ${i.duplicate ?? ''}`.trim())).toEqual([
      'a.txt',
      'b.txt',
      'b.txt import'
    ])
    expect(deps.openDocument).toHaveBeenCalledWith('d-b.txt')
  })

  it('collects warnings for a dialog and summarises large imports', async () => {
    const many: ImportResult = {
      imported: [1, 2, 3, 4].map((i) => ({ documentId: `d${i}`, title: `Doc ${i}`, statements: 10 })),
      skipped: [],
      warnings: ['code “X” has no color']
    }
    const { controller, messages } = setup(async () => many)
    await controller.importFiles([file('project.qdpx')])
    expect(messages()).toEqual(['info: Imported 4 documents from “project.qdpx” — 40 statements'])
    expect(controller.store.getState().warnings).toEqual([
      { fileName: 'project.qdpx', warnings: ['code “X” has no color'] }
    ])
    controller.dismissWarnings()
    expect(controller.store.getState().warnings).toEqual([])
  })
})

describe('progress and cancel', () => {
  it('follows progress events of its own task only; unknown totals stay 0', async () => {
    const pending = deferred<ImportResult>()
    const { controller } = setup(() => pending.promise)
    const done = controller.importFiles([file('a.pdf'), file('b.pdf')])
    await vi.waitFor(() => expect(controller.store.getState().active?.taskId).toBe('import-1'))
    const event = (patch: Partial<ProgressEvent>): ProgressEvent => ({
      taskId: 'import-1',
      label: 'Reading page 3 of 10',
      done: 3,
      total: 10,
      finished: false,
      ...patch
    })
    controller.handleProgress(event({ taskId: 'other' }))
    expect(controller.store.getState().active).toMatchObject({ done: 0, total: 0, label: 'Importing a.pdf' })
    controller.handleProgress(event({}))
    expect(controller.store.getState().active).toMatchObject({
      fileName: 'a.pdf',
      index: 1,
      count: 2,
      done: 3,
      total: 10,
      label: 'Reading page 3 of 10'
    })
    pending.resolve(ok('A'))
    await done
  })

  it('cancels the running task and drops the files still waiting', async () => {
    const pending = deferred<ImportResult>()
    const { deps, controller, messages } = setup(() => pending.promise)
    const done = controller.importFiles([file('a.pdf'), file('b.pdf'), file('c.pdf')])
    await vi.waitFor(() => expect(controller.store.getState().active?.taskId).toBe('import-1'))
    controller.cancel()
    expect(deps.cancelTask).toHaveBeenCalledWith('import-1')
    expect(controller.store.getState().cancelling).toBe(true)
    pending.reject(new ApiError('CANCELLED', 'Importing a.pdf: cancelled; nothing was changed'))
    await done
    expect(deps.importFile).toHaveBeenCalledTimes(1)
    expect(messages()).toEqual([
      'info: Import of “a.pdf” cancelled; nothing was changed',
      'info: 2 more files not imported'
    ])
    expect(controller.store.getState()).toMatchObject({ active: null, cancelling: false })
  })

  it('sends the cancel again once the core reports the task started', async () => {
    const pending = deferred<ImportResult>()
    const { deps, controller } = setup(() => pending.promise)
    deps.cancelTask.mockResolvedValueOnce({ cancelled: false })
    const done = controller.importFiles([file('a.pdf')])
    await vi.waitFor(() => expect(controller.store.getState().active?.taskId).toBe('import-1'))
    controller.cancel()
    await Promise.resolve()
    controller.handleProgress({ taskId: 'import-1', label: 'Reading', done: 0, total: 0, finished: false })
    expect(deps.cancelTask).toHaveBeenCalledTimes(2)
    pending.reject(new ApiError('CANCELLED', 'cancelled'))
    await done
  })

  it('undoes an import that finished before the cancel reached the core', async () => {
    const pending = deferred<ImportResult>()
    const { deps, controller, messages } = setup(() => pending.promise)
    deps.cancelTask.mockResolvedValue({ cancelled: false })
    const done = controller.importFiles([file('a.pdf')])
    await vi.waitFor(() => expect(controller.store.getState().active?.taskId).toBe('import-1'))
    controller.cancel()
    pending.resolve(ok('A'))
    await done
    expect(deps.undoImport).toHaveBeenCalledWith('a.pdf')
    expect(messages()).toEqual(['info: Import of “a.pdf” cancelled; nothing was changed'])
    expect(deps.openDocument).not.toHaveBeenCalled()
  })

  it('says so when a late import cannot be undone (something else changed since)', async () => {
    const pending = deferred<ImportResult>()
    const { deps, controller, messages } = setup(() => pending.promise)
    deps.undoImport.mockResolvedValue(false)
    const done = controller.importFiles([file('a.pdf')])
    await vi.waitFor(() => expect(controller.store.getState().active?.taskId).toBe('import-1'))
    controller.cancel()
    pending.resolve(ok('A', 5))
    await done
    expect(messages()).toEqual([
      'info: “a.pdf” was imported before it could be cancelled',
      'info: Imported “A” — 5 statements'
    ])
    expect(deps.openDocument).toHaveBeenCalledWith('d-A')
  })
})
