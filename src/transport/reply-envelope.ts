import { ApiError, type ApiErrorBody } from '../shared/api/errors'

/** What an operation call returns over IPC and HTTP: never a thrown error, never a stack trace. */
export type ReplyEnvelope = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody }

/**
 * Turns anything thrown by the core into a body safe to show: ApiErrors keep their code, message and issues;
 * anything else is logged (with its stack) to stderr and reported as a generic INTERNAL error.
 */
export function toErrorBody(
  err: unknown,
  context: string,
  log: (...args: unknown[]) => void = console.error
): ApiErrorBody {
  if (err instanceof ApiError) {
    if (err.code === 'INTERNAL') log(`[dossier] ${context}:`, err)
    return err.toJSON()
  }
  log(`[dossier] ${context}: unexpected error:`, err)
  return {
    code: 'INTERNAL',
    message: `${context} failed because of an internal error; details are in the log.`
  }
}

/** Calls `run` and wraps its result or error. */
export async function toReply(run: () => Promise<unknown>, context: string): Promise<ReplyEnvelope> {
  try {
    return { ok: true, result: await run() }
  } catch (err) {
    return { ok: false, error: toErrorBody(err, context) }
  }
}
