import { z } from 'zod'
import { ApiError, ERROR_CODES, type ApiErrorBody as ApiErrorBodyShape } from './api-error'

export { ApiError, ERROR_CODES, type ErrorCode } from './api-error'

export const ApiErrorBody: z.ZodType<ApiErrorBodyShape> = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional()
})
export type ApiErrorBody = ApiErrorBodyShape

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
