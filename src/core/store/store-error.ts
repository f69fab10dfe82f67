export type StoreErrorCode =
  'NOT_A_WORKSPACE' | 'EXISTS' | 'LOCKED' | 'DAMAGED' | 'READ_ONLY' | 'INVALID' | 'IO' | 'NO_BACKUP'

/**
 * An error of the workspace store. `message` is written for the user: it says what went wrong and where
 * (the workspace folder and/or the file). Callers show the message, never the stack.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError'
  /** The commit failed after its journal was durable: it stands, and is completed by the next commit or open. */
  readonly journaled: boolean

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown; journaled?: boolean }
  ) {
    super(message, options)
    this.journaled = options?.journaled ?? false
  }
}

/** A short description of an unknown thrown value, for messages. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message
  }
  return String(err)
}

/** Wraps a low-level failure into a StoreError('IO') that names what was being done; StoreErrors pass through. */
export function ioError(what: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err
  return new StoreError('IO', `${what}: ${describeError(err)}`, { cause: err })
}
