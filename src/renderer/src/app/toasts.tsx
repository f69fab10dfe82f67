import { useSyncExternalStore } from 'react'
import { dismiss, toastStore, type Toast } from './toast'
import './toasts.css'

function ToastItem({ toast }: { toast: Toast }) {
  return (
    <div className={`toast toast--${toast.kind}`}>
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button button--small toast__action"
          onClick={() => {
            dismiss(toast.id)
            toast.action!.run()
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button toast__close"
        aria-label="Dismiss"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  )
}

/** Non-blocking notifications: info in a polite live region, errors in an assertive one. */
export function Toasts() {
  const toasts = useSyncExternalStore(toastStore.subscribe, () => toastStore.getState().toasts)
  return (
    <section className="toasts" aria-label="Notifications">
      <div role="status" className="toasts__list">
        {toasts
          .filter((t) => t.kind === 'info')
          .map((t) => (
            <ToastItem key={t.id} toast={t} />
          ))}
      </div>
      <div role="alert" className="toasts__list">
        {toasts
          .filter((t) => t.kind === 'error')
          .map((t) => (
            <ToastItem key={t.id} toast={t} />
          ))}
      </div>
    </section>
  )
}
