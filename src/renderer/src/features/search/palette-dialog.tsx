import { useEffect, useRef, type ReactNode } from 'react'

interface Props {
  /** Accessible name of the dialog (visually hidden: the palette's input says what it is). */
  label: string
  onClose: () => void
  className?: string
  children: ReactNode
}

/**
 * A headerless modal on the native <dialog>: showModal() makes the page inert (focus stays inside), Escape
 * closes it, a click on the backdrop closes it, and focus returns where it was.
 */
export function PaletteDialog({ label, onClose, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const returnTo = document.activeElement as HTMLElement | null
    if (!dialog.open) dialog.showModal()
    dialog.querySelector<HTMLElement>('[autofocus], input')?.focus()
    const onCancel = (e: Event): void => {
      e.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open) dialog.close()
      if (returnTo?.isConnected) returnTo.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={`palette-dialog ${className ?? ''}`}
      aria-label={label}
      onMouseDown={(e) => {
        if (e.target === ref.current) onClose()
      }}
    >
      {children}
    </dialog>
  )
}
