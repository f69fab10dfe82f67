import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react'
import './dialog.css'

interface DialogProps {
  title: string
  onClose(): void
  children: ReactNode
  footer?: ReactNode
  /** Extra class for sizing, e.g. 'dialog--wide'. */
  className?: string
  /** The control to focus first; defaults to the first focusable control. */
  initialFocus?: string
}

/** A modal dialog on the native <dialog> element: focus is trapped, Escape closes, focus returns on close. */
export function Dialog({ title, onClose, children, footer, className, initialFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  const bodyRef = useRef<HTMLDivElement>(null)
  const scrolls = useScrolls(bodyRef)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement as HTMLElement | null
    if (!dialog.open) dialog.showModal()
    const target = dialog.querySelector<HTMLElement>(
      initialFocus ??
        '[data-autofocus], .dialog__body input:not([type="hidden"]), .dialog__body textarea, .dialog__body select'
    )
    target?.focus()
    const onCancel = (e: Event) => {
      e.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open) dialog.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [initialFocus])

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onMouseDown={(e) => {
        if (e.target === ref.current) onClose()
      }}
    >
      <div className="dialog__panel">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {/* A body that scrolls takes focus so the keyboard can scroll it. */}
        <div ref={bodyRef} className="dialog__body" tabIndex={scrolls ? 0 : undefined}>
          {children}
        </div>
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </div>
    </dialog>
  )
}

function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setScrolls(el.scrollHeight > el.clientHeight + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    for (const child of Array.from(el.children)) observer.observe(child)
    return () => observer.disconnect()
  }, [ref])
  return scrolls
}
