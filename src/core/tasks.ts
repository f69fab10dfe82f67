import { ApiError, type ProgressEvent } from '../shared/api'

/** Long operations in flight: their cancel switches and the progress they report. */
export class Tasks {
  private readonly running = new Map<string, AbortController>()
  private readonly listeners = new Set<(e: ProgressEvent) => void>()
  /** Cancels that arrived before their task started (the request and the cancel race over HTTP). */
  private readonly early = new Set<string>()

  onProgress(listener: (e: ProgressEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Runs `fn` as task `taskId` (when given): it can be cancelled and its progress is broadcast. */
  async run<T>(
    taskId: string | undefined,
    label: string,
    fn: (ctl: {
      signal: AbortSignal
      progress: (done: number, total: number, label?: string) => void
    }) => Promise<T>
  ): Promise<T> {
    const controller = new AbortController()
    if (taskId) {
      if (this.running.has(taskId)) throw new ApiError('CONFLICT', `task "${taskId}" is already running`)
      this.running.set(taskId, controller)
      if (this.early.delete(taskId)) controller.abort()
    }
    let current = label
    const emit = (done: number, total: number, finished: boolean) => {
      if (!taskId) return
      const event: ProgressEvent = { taskId, label: current, done, total, finished }
      for (const l of this.listeners) l(event)
    }
    emit(0, 0, false)
    try {
      return await fn({
        signal: controller.signal,
        progress: (done, total, next) => {
          if (next) current = next
          emit(done, total, false)
        }
      })
    } catch (err) {
      if (controller.signal.aborted || (err as Error)?.name === 'AbortError')
        throw new ApiError('CANCELLED', `${label}: cancelled; nothing was changed`)
      throw err
    } finally {
      emit(1, 1, true)
      if (taskId) this.running.delete(taskId)
    }
  }

  /** Broadcasts the progress of work nobody asked for (the background search index), like a task's. */
  announce(event: ProgressEvent): void {
    for (const l of this.listeners) l(event)
  }

  cancel(taskId: string): boolean {
    const c = this.running.get(taskId)
    if (c) {
      c.abort()
      return true
    }
    this.early.add(taskId)
    if (this.early.size > 100) this.early.delete(this.early.values().next().value!)
    return false
  }
}
