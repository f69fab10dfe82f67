import { z } from 'zod'

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

export const ApiErrorBody = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional()
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

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

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues
    .slice(0, 10)
    .map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }))
}

export function invalidInput(op: string, error: z.ZodError): ApiError {
  const issues = zodIssues(error)
  const first = issues[0]
  const where = first ? `${first.path}: ${first.message}` : 'invalid'
  return new ApiError('INVALID_INPUT', `${op}: ${where}`, issues)
}
