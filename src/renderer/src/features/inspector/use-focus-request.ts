import { useEffect, useRef } from 'react'
import { appStore, type FocusRequest } from '../../app/app-state'

let handledSeq = 0

/**
 * Calls `focus` when the app asks to focus this control (`requestInspectorFocus(target, id)`), including a request
 * made just before the control mounted; each request is honoured once.
 */
export function useFocusRequest(target: FocusRequest['target'], id: string | null, focus: () => void): void {
  const focusRef = useRef(focus)
  focusRef.current = focus
  useEffect(() => {
    if (!id) return
    const check = () => {
      const req = appStore.getState().focusRequest
      if (!req || req.seq <= handledSeq || req.target !== target || req.id !== id) return
      handledSeq = req.seq
      requestAnimationFrame(() => focusRef.current())
    }
    check()
    return appStore.subscribe(check)
  }, [target, id])
}
