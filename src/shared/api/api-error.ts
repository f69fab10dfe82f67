// No zod here: the command line loads this on every start.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'READ_ONLY',
  'DAMAGED',
  'LOCKED',
  'UNKNOWN_OP',
  'UNSUPPORTED',
  'CANCELLED',
  /** The operating system refused: a full disk, a failing one, a missing path. The message names the file. */
  'IO',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  issues?: { path: string; message: string }[]
}

/** An error a user can act on: its message says what and where. Thrown by the core, carried by every transport. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[]
  ) {
    super(message)
    this.name = 'ApiError'
  }

  toJSON(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) }
  }

  static from(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues)
  }
}
