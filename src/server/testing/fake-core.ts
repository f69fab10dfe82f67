import type { CoreService } from '../../core/core-service'
import { ApiError, type ChangeEvent, type ProgressEvent } from '../../shared/api'

/** A CoreService stand-in for transport tests: a few canned operations and a manual change emitter. */
export function createFakeCore() {
  const listeners = new Set<(event: ChangeEvent) => void>()
  const progressListeners = new Set<(event: ProgressEvent) => void>()
  const calls: { op: string; input: unknown }[] = []
  const core: CoreService & {
    calls: typeof calls
    emit(event: ChangeEvent): void
    emitProgress(event: ProgressEvent): void
    listenerCount(): number
  } = {
    dir: '/tmp/fake-workspace',
    calls,
    async dispatch(op, input) {
      calls.push({ op, input })
      switch (op) {
        case 'documents.list':
          return [{ id: 'doc1', title: 'Seed article' }]
        case 'themes.create':
          return { id: 'th1', ...(input as object) }
        case 'notes.get':
          throw new ApiError('NOT_FOUND', 'notes.get: no note "n1"')
        case 'themes.delete':
          throw new ApiError('READ_ONLY', 'themes.delete: this workspace is open read-only')
        case 'links.create':
          throw new ApiError('INVALID_INPUT', 'links.create: toId: required', [
            { path: 'toId', message: 'required' }
          ])
        case 'notes.create':
          throw new Error('secret internal detail')
        default:
          throw new ApiError('UNKNOWN_OP', `unknown operation "${op}"`)
      }
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onProgress(listener) {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    },
    emitProgress(event) {
      progressListeners.forEach((listener) => listener(event))
    },
    emit(event) {
      listeners.forEach((listener) => listener(event))
    },
    listenerCount: () => listeners.size,
    async close() {}
  }
  return core
}

export const sampleChange: ChangeEvent = {
  version: 7,
  label: 'Create theme',
  kinds: ['theme'],
  documentIds: []
}
