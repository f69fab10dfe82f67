import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { createPortal } from 'react-dom'

interface PopoverProps {
  anchor: RefObject<HTMLElement | null>
  onClose(): void
  children: ReactNode
  className?: string
  label?: string
  /** Focus the first focusable element inside on open (default true). */
  autoFocus?: boolean
}

/** A floating panel under an anchor. Escape or a click outside closes it; focus returns to the anchor. */
export function Popover({ anchor, onClose, children, className, label, autoFocus = true }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useLayoutEffect(() => {
    const a = anchor.current?.getBoundingClientRect()
    const el = ref.current
    if (!a || !el) return
    const w = el.offsetWidth
    const h = el.offsetHeight
    let left = Math.min(a.left, window.innerWidth - w - 8)
    let top = a.bottom + 4
    if (top + h > window.innerHeight - 8) top = Math.max(8, a.top - h - 4)
    left = Math.max(8, left)
    setPos({ left, top })
  }, [anchor])

  useEffect(() => {
    const anchorEl = anchor.current
    if (autoFocus) {
      const root = ref.current
      const first =
        root?.querySelector<HTMLElement>('[data-autofocus]') ??
        root?.querySelector<HTMLElement>('[role="menuitem"], input, button, [tabindex="0"]')
      first?.focus()
    }
    const close = (restore: boolean) => {
      onCloseRef.current()
      if (restore && anchorEl?.isConnected) anchorEl.focus()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation()
        e.preventDefault()
        close(true)
      }
    }
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node
      if (!ref.current?.contains(t) && !anchorEl?.contains(t)) close(false)
    }
    const el = ref.current
    el?.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onDown, true)
    return () => {
      el?.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onDown, true)
    }
  }, [anchor, autoFocus])

  return createPortal(
    <div
      ref={ref}
      className={`popover ${className ?? ''}`}
      role="dialog"
      aria-label={label}
      style={{ position: 'fixed', left: pos?.left ?? -9999, top: pos?.top ?? -9999 }}
    >
      {children}
    </div>,
    document.body
  )
}
