import type { ErrorCode } from '../shared/api/errors'

/** The HTTP status for each ApiError code. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  UNKNOWN_OP: 404,
  CONFLICT: 409,
  LOCKED: 409,
  CANCELLED: 409,
  UNSUPPORTED: 422,
  READ_ONLY: 423,
  DAMAGED: 423,
  IO: 507,
  INTERNAL: 500
}
