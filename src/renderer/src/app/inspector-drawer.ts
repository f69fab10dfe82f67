import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react'
import type { AppState, Store } from './app-state'

/** Below this window width the inspector is a drawer over the view (the view keeps its room); above, a pane. */
export const INSPECTOR_DRAWER_BELOW = 1180

type MatchMedia = (
  query: string
) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>

/** Keeps `narrowWindow` in step with the window width; widening the window closes the drawer. */
export function followWindowWidth(store: Store<AppState>, matchMedia: MatchMedia): () => void {
  const query = matchMedia(`(max-width: ${INSPECTOR_DRAWER_BELOW - 0.02}px)`)
  const apply = () =>
    store.setState(query.matches ? { narrowWindow: true } : { narrowWindow: false, inspectorDrawer: false })
  apply()
  query.addEventListener('change', apply)
  return () => query.removeEventListener('change', apply)
}

/**
 * Focus for the drawer: opening moves focus into it (unless a control in it already asked for focus), Escape
 * closes it, and closing gives focus back to where it was before.
 */
export function useDrawerFocus(
  drawer: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void
): (e: KeyboardEvent) => void {
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (!open) return
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const el = drawer.current
    const frame = requestAnimationFrame(() => {
      if (el && !el.contains(document.activeElement)) el.focus()
    })
    return () => {
      cancelAnimationFrame(frame)
      const back = opener.current
      const lost = !document.activeElement || document.activeElement === document.body
      const inside = el?.contains(document.activeElement) ?? false
      if (back?.isConnected && (lost || inside)) requestAnimationFrame(() => back.focus())
    }
  }, [open, drawer])
  return (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return
    e.preventDefault()
    e.stopPropagation()
    close()
  }
}
