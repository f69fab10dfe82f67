/**
 * Throws an error named `AbortError` when the signal has been aborted (whatever `reason` the caller gave), so
 * callers can tell a cancelled import from a failed one with `err.name === 'AbortError'`.
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError()
}

export function abortError(): Error {
  return new DOMException('The import was cancelled', 'AbortError')
}
