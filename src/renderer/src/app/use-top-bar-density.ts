import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * How much the top bar is compacted: 0 everything labelled; 1 the coder's name without "Coding as" and search
 * without its shortcut; 2 also icon-only Import, Merge and Export and narrower tabs; 3 also an icon-only search.
 */
export type TopBarDensity = 0 | 1 | 2 | 3

const DENSEST: TopBarDensity = 3

/** Below this width the workspace's name is unreadable, so the bar compacts before it gets there. */
const MIN_NAME_PX = 48

/**
 * The least compact density at which the top bar's left part (name, coder) fits beside the centred tabs and the
 * actions, measured rather than guessed from the window's width: the coder's name, the team status and the
 * language all change what fits. Re-measured whenever the bar is resized or its content changes.
 */
export function useTopBarDensity(bar: RefObject<HTMLElement | null>): TopBarDensity {
  const [density, setDensity] = useState<TopBarDensity>(0)
  const [trial, setTrial] = useState(0)

  useLayoutEffect(() => {
    const header = bar.current
    const brand = header?.firstElementChild as HTMLElement | null
    if (!header || !brand) return
    const name = brand.querySelector<HTMLElement>('h1')
    const cramped =
      brand.scrollWidth > brand.clientWidth + 1 || (name !== null && name.clientWidth < MIN_NAME_PX)
    if (cramped && density < DENSEST) setDensity((density + 1) as TopBarDensity)
  }, [bar, density, trial])

  useLayoutEffect(() => {
    const header = bar.current
    if (!header) return
    let width = header.clientWidth
    const again = () => {
      setDensity(0)
      setTrial((n) => n + 1)
    }
    const resized = new ResizeObserver(() => {
      if (Math.abs(header.clientWidth - width) < 1) return
      width = header.clientWidth
      again()
    })
    resized.observe(header)
    // A longer coder name or team status may need a denser bar; a shorter one may free room.
    const changed = new MutationObserver(again)
    for (const el of header.querySelectorAll('.coder-picker, .team-status'))
      changed.observe(el, { subtree: true, characterData: true, childList: true })
    return () => {
      resized.disconnect()
      changed.disconnect()
    }
  }, [bar])

  return density
}
