import { toApiError, type ImportResult, type OpInput, type ProgressEvent } from '../../../../shared/api'
import { createStore, type Store } from '../../app/app-state'
import { bytesToBase64 } from './base64'
import { importSizeError } from './import-size'

export type ImportFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>

export interface ImportDeps {
  importFile(input: OpInput<'import.file'>): Promise<ImportResult>
  cancelTask(taskId: string): Promise<{ cancelled: boolean }>
  /**
   * Undoes the import of `fileName` when it is the workspace's last change (a cancel that reached the core too
   * late); false when something else changed since.
   */
  undoImport(fileName: string): Promise<boolean>
  /** The title of a document already in the workspace, for the duplicate question. */
  documentTitle(id: string): Promise<string | null>
  notify(message: string, kind?: 'info' | 'error'): void
  openDocument(id: string): void
  newTaskId(): string
}

export interface ActiveImport {
  fileName: string
  /** 1-based position in the current batch, and the batch's size (files dropped or picked while it runs join it). */
  index: number
  count: number
  phase: 'reading' | 'importing'
  taskId: string | null
  label: string
  done: number
  /** 0 while the amount of work is unknown. */
  total: number
}

export interface DuplicateQuestion {
  fileName: string
  existingTitle: string
}

export interface ImportWarnings {
  fileName: string
  warnings: string[]
}

export interface ImportState {
  active: ActiveImport | null
  cancelling: boolean
  question: DuplicateQuestion | null
  warnings: ImportWarnings[]
}

export type DuplicateChoice = 'import' | 'skip'

export interface ImportController {
  store: Store<ImportState>
  /** Queues files; resolves when the batch they joined has finished. */
  importFiles(files: readonly ImportFile[]): Promise<void>
  /** Stops the current import (nothing of it is kept) and drops the files still waiting. */
  cancel(): void
  /** Answers the open duplicate question. */
  answer(choice: DuplicateChoice): void
  dismissWarnings(): void
  /** Feed every progress event here; those of other tasks are ignored. */
  handleProgress(event: ProgressEvent): void
}

const plural = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`

/** The import flow: size check, read, import with progress, ask about duplicates, report, open the result. */
export function createImportController(deps: ImportDeps): ImportController {
  const store = createStore<ImportState>({ active: null, cancelling: false, question: null, warnings: [] })
  const queue: ImportFile[] = []
  let batch: Promise<void> | null = null
  let index = 0
  let count = 0
  let cancelConfirmed = false
  let answerQuestion: ((choice: DuplicateChoice) => void) | null = null

  const setActive = (patch: Partial<ActiveImport>) =>
    store.setState((s) => ({ active: s.active ? { ...s.active, ...patch } : null }))

  const failure = (fileName: string, err: unknown): string => {
    const message = toApiError(err).message
    return message.includes(fileName) ? message : `Could not import “${fileName}”: ${message}`
  }

  /** One call of import.file as a cancellable task; null when it failed (already reported) or was cancelled. */
  async function attempt(input: OpInput<'import.file'>): Promise<ImportResult | null> {
    const taskId = deps.newTaskId()
    cancelConfirmed = false
    setActive({ phase: 'importing', taskId, label: `Importing ${input.fileName}`, done: 0, total: 0 })
    try {
      const result = await deps.importFile({ ...input, taskId })
      if (!store.getState().cancelling || result.imported.length === 0) return result
      if (await deps.undoImport(input.fileName).catch(() => false)) {
        deps.notify(`Import of “${input.fileName}” cancelled; nothing was changed`)
        return null
      }
      deps.notify(`“${input.fileName}” was imported before it could be cancelled`)
      return result
    } catch (err) {
      const error = toApiError(err)
      if (error.code === 'CANCELLED')
        deps.notify(`Import of “${input.fileName}” cancelled; nothing was changed`)
      else deps.notify(failure(input.fileName, error), 'error')
      return null
    }
  }

  function ask(question: DuplicateQuestion): Promise<DuplicateChoice> {
    return new Promise((resolve) => {
      answerQuestion = resolve
      store.setState({ question })
    })
  }

  async function importOne(file: ImportFile): Promise<ImportResult | null> {
    const tooBig = importSizeError(file.name, file.size)
    if (tooBig) {
      deps.notify(tooBig, 'error')
      return null
    }
    store.setState({
      active: {
        fileName: file.name,
        index,
        count,
        phase: 'reading',
        taskId: null,
        label: `Reading ${file.name}`,
        done: 0,
        total: 0
      }
    })
    let base64: string
    try {
      base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    } catch (err) {
      deps.notify(`Could not read “${file.name}”: ${toApiError(err).message}`, 'error')
      return null
    }
    if (store.getState().cancelling) {
      deps.notify(`Import of “${file.name}” cancelled; nothing was changed`)
      return null
    }
    const first = await attempt({ fileName: file.name, base64 })
    if (!first) return null

    const result: ImportResult = { imported: [...first.imported], skipped: [], warnings: [...first.warnings] }
    for (const skip of first.skipped) {
      if (!skip.duplicateOf || store.getState().cancelling) {
        result.skipped.push(skip)
        continue
      }
      const existingTitle =
        (await deps.documentTitle(skip.duplicateOf).catch(() => null)) ?? 'another document'
      const choice = await ask({ fileName: file.name, existingTitle })
      if (choice === 'skip') {
        deps.notify(`Skipped “${file.name}”: already in the workspace as “${existingTitle}”`)
        continue
      }
      const again = await attempt({ fileName: file.name, base64, duplicate: 'import' })
      if (!again) continue
      result.imported.push(...again.imported)
      result.skipped.push(...again.skipped)
      result.warnings.push(...again.warnings)
    }
    return result
  }

  function report(fileName: string, result: ImportResult): void {
    const { imported } = result
    if (imported.length > 3) {
      const statements = imported.reduce((sum, d) => sum + d.statements, 0)
      deps.notify(
        `Imported ${imported.length} documents from “${fileName}” — ${plural(statements, 'statement')}`
      )
    } else {
      for (const d of imported) deps.notify(`Imported “${d.title}” — ${plural(d.statements, 'statement')}`)
    }
    for (const s of result.skipped) deps.notify(`“${s.fileName}” was not imported: ${s.reason}`, 'error')
    if (result.warnings.length > 0) {
      store.setState((s) => ({ warnings: [...s.warnings, { fileName, warnings: result.warnings }] }))
    }
  }

  async function runBatch(): Promise<void> {
    let opened: string | null = null
    while (queue.length > 0) {
      const file = queue.shift()!
      index++
      const result = await importOne(file)
      if (result) {
        report(file.name, result)
        opened ??= result.imported[0]?.documentId ?? null
      }
      if (store.getState().cancelling) {
        if (queue.length > 0) deps.notify(`${plural(queue.length, 'more file')} not imported`)
        queue.length = 0
      }
    }
    index = 0
    count = 0
    store.setState({ active: null, cancelling: false })
    if (opened) deps.openDocument(opened)
  }

  return {
    store,
    importFiles(files) {
      if (files.length === 0) return batch ?? Promise.resolve()
      queue.push(...files)
      count += files.length
      setActive({ count })
      batch ??= runBatch().finally(() => {
        batch = null
      })
      return batch
    },
    cancel() {
      const { active, cancelling } = store.getState()
      if (!active || cancelling) return
      store.setState({ cancelling: true })
      if (active.taskId) {
        const taskId = active.taskId
        void deps
          .cancelTask(taskId)
          .then((r) => (cancelConfirmed ||= r.cancelled))
          .catch(() => {})
      }
    },
    answer(choice) {
      const resolve = answerQuestion
      answerQuestion = null
      store.setState({ question: null })
      resolve?.(choice)
    },
    dismissWarnings() {
      store.setState({ warnings: [] })
    },
    handleProgress(event) {
      const { active, cancelling } = store.getState()
      if (!active || event.taskId !== active.taskId || event.finished) return
      setActive({ label: event.label, done: event.done, total: event.total })
      // A cancel sent before the core had started the task found nothing to stop: send it again now.
      if (cancelling && !cancelConfirmed) {
        cancelConfirmed = true
        void deps
          .cancelTask(event.taskId)
          .then((r) => (cancelConfirmed = r.cancelled))
          .catch(() => {})
      }
    }
  }
}
