export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error'

interface Options<T> {
  delayMs: number
  save(value: T): Promise<void>
  onStatus?(status: SaveStatus): void
  onError?(err: unknown): void
}

/**
 * Debounced saving. `schedule` takes a getter so the (costly) value is built only when a save is due, not per
 * keystroke. Saves never overlap; a failed save is kept and retried on the next schedule or flush.
 */
export function createAutosaver<T>({ delayMs, save, onStatus, onError }: Options<T>) {
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending: (() => T) | null = null
  let running: Promise<void> = Promise.resolve()
  let status: SaveStatus = 'saved'

  const setStatus = (s: SaveStatus): void => {
    if (s === status) return
    status = s
    onStatus?.(s)
  }

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!pending) return running
    const value = pending()
    pending = null
    running = running.then(async () => {
      setStatus('saving')
      try {
        await save(value)
        setStatus(pending ? 'dirty' : 'saved')
      } catch (err) {
        if (!pending) pending = () => value
        setStatus('error')
        onError?.(err)
      }
    })
    return running
  }

  return {
    schedule(get: () => T): void {
      pending = get
      if (status !== 'saving') setStatus('dirty')
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => void flush(), delayMs)
    },
    flush,
    get status(): SaveStatus {
      return status
    },
    get hasPending(): boolean {
      return pending !== null
    }
  }
}
export type Autosaver<T> = ReturnType<typeof createAutosaver<T>>
