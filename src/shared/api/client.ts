import { ApiError, ApiErrorBody } from './errors'
import { OP_NAMES, type Api, type OpName } from './contract'
import type { Transport } from './transport'

/** A typed proxy over any transport: `api['themes.create']({ name })`. */
export function createClient(transport: Transport): Api {
  const api = {} as Record<OpName, (input: unknown) => Promise<unknown>>
  for (const op of OP_NAMES) {
    api[op] = async (input: unknown) => {
      try {
        return await transport.invoke(op, input ?? {})
      } catch (err) {
        throw toApiError(err)
      }
    }
  }
  return api as unknown as Api
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  const parsed = ApiErrorBody.safeParse((err as { body?: unknown })?.body ?? err)
  if (parsed.success) return ApiError.from(parsed.data)
  const message = err instanceof Error ? err.message : String(err)
  return new ApiError('INTERNAL', message)
}
