import { createStore } from './app-state'

export type ToastKind = 'info' | 'error'
export interface Toast {
  id: number
  message: string
  kind: ToastKind
}

export const toastStore = createStore<{ toasts: Toast[] }>({ toasts: [] })

const MAX_TOASTS = 4
let nextId = 1

/** Shows a non-blocking message; errors stay longer. Identical messages already on screen are not repeated. */
export function notify(message: string, kind: ToastKind = 'info'): number {
  const existing = toastStore.getState().toasts.find((t) => t.message === message && t.kind === kind)
  if (existing) return existing.id
  const id = nextId++
  toastStore.setState((s) => ({ toasts: [...s.toasts, { id, message, kind }].slice(-MAX_TOASTS) }))
  setTimeout(() => dismiss(id), kind === 'error' ? 9000 : 4500)
  return id
}

export function dismiss(id: number): void {
  toastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
}
