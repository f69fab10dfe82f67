import { ApiError, type ErrorCode } from '../shared/api'
import { isPermissionError, systemErrorOf, systemErrorReason } from './store/system-error'

const CODES: Record<string, ErrorCode> = {
  NOT_A_WORKSPACE: 'NOT_FOUND',
  EXISTS: 'CONFLICT',
  LOCKED: 'LOCKED',
  DAMAGED: 'DAMAGED',
  READ_ONLY: 'READ_ONLY',
  INVALID: 'INVALID_INPUT',
  IO: 'INTERNAL',
  NO_BACKUP: 'NOT_FOUND'
}

/** Store and file-system failures as ApiErrors whose message a user can act on. */
export function storeErrorToApi(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  const e = err as { name?: string; code?: string; message?: string; path?: string }
  if (e?.name === 'StoreError' && e.code && CODES[e.code]) {
    const message = e.code === 'IO' ? `${e.message}; nothing was changed` : (e.message ?? 'store error')
    // A full disk or a read-only folder is the machine's doing, not a fault of Dossier's.
    if (e.code === 'IO' && systemErrorOf(err))
      return new ApiError(isPermissionError(err) ? 'READ_ONLY' : 'IO', message)
    return new ApiError(CODES[e.code]!, message)
  }
  if (e?.code === 'EACCES' || e?.code === 'EPERM' || e?.code === 'EROFS')
    return new ApiError(
      'READ_ONLY',
      `cannot write ${e.path ?? 'the workspace'}: permission denied; nothing was changed`
    )
  if (e?.code === 'ENOSPC') return new ApiError('IO', 'the disk is full; nothing was changed')
  if (systemErrorOf(err))
    return new ApiError('IO', `cannot use ${e.path ?? 'the workspace'}: ${systemErrorReason(err)}`)
  return new ApiError('INTERNAL', `the workspace could not be read or written: ${e?.message ?? String(err)}`)
}
