import { toApiError, type OpInput, type OpName, type OpOutput } from '../../../shared/api'
import { notify } from '../app/toast'
import { api } from './api'
import { callOp } from '../../../shared/api/call-op'

/**
 * Calls an operation for a user action. On failure the error's message is shown as an error toast and the
 * result is `undefined`, so callers only handle success: `const theme = await run('themes.create', { name })`.
 */
export async function run<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K> | undefined> {
  try {
    return await callOp(api, op, input)
  } catch (err) {
    notify(toApiError(err).message, 'error')
    return undefined
  }
}
