import { ApiError, ApiErrorBody, type Transport } from '../../../shared/api'
import type { DossierBridge } from '../../../preload/index.d'

/** Desktop app: operations and change events go through the preload's `window.dossier`. */
export function createIpcTransport(bridge: DossierBridge): Transport {
  return {
    async invoke(op, input) {
      const reply = await bridge.invoke(op, input ?? {})
      if (reply.ok) return reply.result
      const parsed = ApiErrorBody.safeParse(reply.error)
      throw parsed.success ? ApiError.from(parsed.data) : new ApiError('INTERNAL', `${op} failed.`)
    },
    onChange: (listener) => bridge.onChange(listener),
    onProgress: (listener) => bridge.onProgress(listener)
  }
}
