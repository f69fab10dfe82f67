import { importError, ImportError } from '../imported-source'
import type { ImportWorkerFailure } from './import-worker-protocol'

/**
 * How a failure inside the import worker reaches the user: always as an ImportError naming the file, one line.
 * `failure` is what the worker reported, or the Worker's own error event (`ERR_WORKER_OUT_OF_MEMORY` when it
 * hit its heap limit, or an exception nobody caught).
 */
export function workerFailureError(
  fileName: string,
  failure: ImportWorkerFailure | Error,
  memoryMb: number
): ImportError {
  if (!(failure instanceof Error) && failure.kind === 'import')
    return new ImportError(fileName, failure.message)
  const code = (failure as { code?: unknown }).code
  if (code === 'ERR_WORKER_OUT_OF_MEMORY')
    return importError(fileName, `needed more than ${memoryMb} MB of memory`)
  const name = failure.name
  const message = failure.message
  if (name === 'RangeError' && /call stack/i.test(message))
    return importError(fileName, 'nests too deeply to read (the reader ran out of stack)')
  if (
    /heap out of memory|allocation failed|Invalid (?:string|array) length|Array buffer allocation/i.test(
      message
    )
  )
    return importError(fileName, `needed more than ${memoryMb} MB of memory`)
  const detail = message.replace(/\s+/g, ' ').trim().slice(0, 200)
  return importError(fileName, `could not be read (${name}${detail ? `: ${detail}` : ''})`)
}
