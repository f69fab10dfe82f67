import { createStore } from './app-state'

export type ToastKind = 'info' | 'error'
export interface Toast {
  id: number
  message: string
  kind: ToastKind
  /** A button on the toast, e.g. Undo; pressing it runs `run` and dismisses the toast. */
  action?: ToastAction
}
export interface ToastAction {
  label: string
  run(): void
}

export const toastStore = createStore<{ toasts: Toast[] }>({ toasts: [] })

const MAX_TOASTS = 4
let nextId = 1

/** Shows a non-blocking message; errors stay longer. Identical messages already on screen are not repeated. */
export function notify(message: string, kind: ToastKind = 'info', action?: ToastAction): number {
  const existing = toastStore.getState().toasts.find((t) => t.message === message && t.kind === kind)
  if (existing && !action) return existing.id
  if (existing) dismiss(existing.id)
  const id = nextId++
  const toast: Toast = action ? { id, message, kind, action } : { id, message, kind }
  toastStore.setState((s) => ({ toasts: [...s.toasts, toast].slice(-MAX_TOASTS) }))
  setTimeout(() => dismiss(id), kind === 'error' || action ? 9000 : 4500)
  return id
}

export function dismiss(id: number): void {
  toastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
}
