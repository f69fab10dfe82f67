import { Worker } from 'node:worker_threads'
import { importError } from '../imported-source'
import { abortError, throwIfAborted } from '../throw-if-aborted'
import { ImportSandboxError } from './import-sandbox-error'
import type { FromImportWorker, ToImportWorker } from './import-worker-protocol'
import type { PreparedImport, PrepareSteps } from './prepare-import'
import { analysisBudgetMs, IMPORT_GROWTH_MB, IMPORT_MEMORY_MB, readBudgetMs } from './sandbox-limits'
import { workerFailureError } from './worker-failure-error'

export interface ImportSandboxOptions {
  /** The worker module; by default import-worker.js beside the bundle, or the bootstrap in the sources. */
  workerUrl?: URL
  memoryMb?: number
  /** How much the whole process may grow during one import (buffers outside the heap count too). */
  growthMb?: number
  /** The worker's stack (Node's default: 4 MB). */
  stackSizeMb?: number
  readBudgetMs?: (bytes: number) => number
  analysisBudgetMs?: (characters: number) => number
  /** How long an idle worker is kept warm for the next import. */
  idleMs?: number
  /** Imports run at once; more wait their turn. */
  maxWorkers?: number
  startupTimeoutMs?: number
}

const MiB = 1024 * 1024
const megabytes = (mb: number): string => (mb >= 1024 ? `${+(mb / 1024).toFixed(1)} GB` : `${mb} MB`)

interface Slot {
  worker: Worker
  ready: Promise<void>
  /** False once the worker may be in a bad state (killed, crashed): it is not reused. */
  reusable: boolean
}

/** The worker module for the way this code runs: from the TypeScript sources, or bundled by electron-vite. */
export function defaultWorkerUrl(): URL {
  const here = new URL(import.meta.url)
  const file = here.pathname.endsWith('.ts') ? 'import-worker-bootstrap.mjs' : 'import-worker.js'
  return new URL(file, here)
}

/**
 * Runs prepareImport in a worker thread with a heap cap (512 MB) and time budgets (readBudgetMs for reading
 * the file, then analysisBudgetMs for the analysis), so no file can take the process down or hold it forever.
 * A file hitting a limit, or crashing its reader, is refused with an ImportError naming it ("report.docx needed
 * more than 512 MB of memory", "… took longer than 9 s to read"); the worker is then terminated. Aborting the
 * signal terminates the worker at once (an AbortError). One worker is kept warm between imports.
 */
export class ImportSandbox {
  private spare: Slot | null = null
  private idleTimer: NodeJS.Timeout | undefined
  private active = 0
  private readonly waiting: (() => void)[] = []
  private readonly running = new Set<Slot>()
  private readonly opts: Required<ImportSandboxOptions>

  constructor(options: ImportSandboxOptions = {}) {
    this.opts = {
      workerUrl: options.workerUrl ?? defaultWorkerUrl(),
      memoryMb: options.memoryMb ?? IMPORT_MEMORY_MB,
      growthMb: options.growthMb ?? IMPORT_GROWTH_MB,
      stackSizeMb: options.stackSizeMb ?? 4,
      readBudgetMs: options.readBudgetMs ?? readBudgetMs,
      analysisBudgetMs: options.analysisBudgetMs ?? analysisBudgetMs,
      idleMs: options.idleMs ?? 5 * 60_000,
      maxWorkers: options.maxWorkers ?? 2,
      startupTimeoutMs: options.startupTimeoutMs ?? 60_000
    }
  }

  /**
   * Starts a worker now, so that the next import does not wait for one; `formats` (e.g. `['pdf']`) names
   * readers to load in it already.
   */
  warm(formats: string[] = []): void {
    if (!this.spare) this.keep(this.start())
    if (formats.length > 0)
      this.spare?.worker.postMessage({ type: 'preload', formats } satisfies ToImportWorker)
  }

  /** prepareImport(bytes, fileName, steps), in the sandbox. */
  async run(bytes: Uint8Array, fileName: string, steps: PrepareSteps = {}): Promise<PreparedImport> {
    throwIfAborted(steps.signal)
    await this.acquire(steps.signal)
    const slot = this.spare ?? this.start()
    this.spare = null
    clearTimeout(this.idleTimer)
    slot.worker.ref()
    this.running.add(slot)
    try {
      return await this.prepareOn(slot, bytes, fileName, steps)
    } finally {
      this.running.delete(slot)
      if (slot.reusable && !this.spare) this.keep(slot)
      else void slot.worker.terminate()
      this.release()
    }
  }

  /** Terminates every worker (running imports fail). */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer)
    const slots = [...this.running, ...(this.spare ? [this.spare] : [])]
    this.spare = null
    await Promise.all(slots.map((s) => ((s.reusable = false), s.worker.terminate())))
  }

  private start(): Slot {
    const worker = new Worker(this.opts.workerUrl, {
      // not the parent's flags (`--input-type`, `--inspect`, a test runner's loaders): the worker needs none
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb, stackSizeMb: this.opts.stackSizeMb }
    })
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: FromImportWorker): void => {
        if (m.type !== 'ready') return
        worker.off('message', onMessage)
        resolve()
      }
      worker.on('message', onMessage)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`exit code ${code}`)))
    })
    ready.catch(() => undefined) // reported by whoever waits for it
    const slot: Slot = { worker, ready, reusable: true }
    const dead = (): void => {
      slot.reusable = false
      if (this.spare === slot) this.spare = null
    }
    worker.on('error', dead).on('exit', dead) // an idle worker may die too; an unheard 'error' would throw
    return slot
  }

  private keep(slot: Slot): void {
    this.spare = slot
    slot.worker.unref()
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      if (this.spare !== slot) return
      this.spare = null
      void slot.worker.terminate()
    }, this.opts.idleMs)
    this.idleTimer.unref()
  }

  private prepareOn(
    slot: Slot,
    bytes: Uint8Array,
    fileName: string,
    steps: PrepareSteps
  ): Promise<PreparedImport> {
    const { worker } = slot
    const { signal } = steps
    return new Promise<PreparedImport>((resolve, reject) => {
      let settled = false
      let timer: NodeJS.Timeout | undefined
      // The heap cap does not cover buffers (a PDF stream inflating to gigabytes): watch the process too.
      const baseline = process.memoryUsage.rss()
      const watch = setInterval(() => {
        if (process.memoryUsage.rss() - baseline > this.opts.growthMb * MiB)
          finish(importError(fileName, `needed more than ${megabytes(this.opts.growthMb)} of memory`))
      }, 200)
      const finish = (err: Error | null, result?: PreparedImport, reusable = false): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        clearInterval(watch)
        signal?.removeEventListener('abort', onAbort)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        slot.reusable = reusable
        if (err) reject(err)
        else resolve(result!)
      }
      const budget = (ms: number, what: string): void => {
        clearTimeout(timer)
        const message = `took longer than ${Math.round(ms / 1000)} s to ${what}`
        timer = setTimeout(() => finish(importError(fileName, message)), ms)
      }
      const onAbort = (): void => finish(abortError())
      const onError = (err: Error): void => finish(workerFailureError(fileName, err, this.opts.memoryMb))
      const onExit = (code: number): void =>
        finish(
          importError(fileName, `could not be read (its reader stopped unexpectedly, exit code ${code})`)
        )
      const onMessage = (m: FromImportWorker): void => {
        if (m.type === 'started') budget(this.opts.readBudgetMs(bytes.byteLength), 'read')
        else if (m.type === 'progress') steps.onProgress?.(m.done, m.total, m.label)
        else if (m.type === 'extracted') {
          budget(this.opts.analysisBudgetMs(m.textLength), 'split into statements')
          new Promise<boolean>((go) =>
            go(steps.onExtracted?.({ textLength: m.textLength, contentHash: m.contentHash }) ?? true)
          )
            .then((go) => !settled && post({ type: 'proceed', go }))
            .catch((err: Error) => finish(err))
        } else if (m.type === 'done') finish(null, m.result, true)
        else if (m.type === 'failed')
          finish(
            workerFailureError(fileName, m.failure, this.opts.memoryMb),
            undefined,
            m.failure.kind === 'import'
          )
      }
      const post = (m: ToImportWorker): void => worker.postMessage(m)
      signal?.addEventListener('abort', onAbort, { once: true })

      timer = setTimeout(
        () => finish(new ImportSandboxError('the import sandbox did not start in time')),
        this.opts.startupTimeoutMs
      )
      slot.ready.then(
        () => {
          if (settled) return
          worker.on('message', onMessage).on('error', onError).on('exit', onExit)
          // A view into a larger buffer (Node's Buffer pool) would be cloned whole: send only its bytes.
          const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          post({ type: 'prepare', bytes: whole ? bytes : bytes.slice(), fileName })
        },
        (err: Error) =>
          finish(new ImportSandboxError(`the import sandbox could not start: ${err.message}`, { cause: err }))
      )
    })
  }

  private async acquire(signal: AbortSignal | undefined): Promise<void> {
    if (this.active < this.opts.maxWorkers) {
      this.active++
      return
    }
    await new Promise<void>((resolve, reject) => {
      const go = (): void => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      const onAbort = (): void => {
        this.waiting.splice(this.waiting.indexOf(go), 1)
        reject(abortError())
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(go)
    })
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
}

/** The process's import sandbox. */
export const importSandbox = new ImportSandbox()
