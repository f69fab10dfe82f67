import type { Editor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import { showClaims } from '../../app/app-state'
import { assignStripeLanes, stripeLabel, type Coding, type StripeRun } from './coding-stripes'
import type { OffsetMap } from './offset-map'
import type { ThemeLook } from './reader-decorations'

export interface StripesInput {
  documentId: string
  /** Each theme's codings, joined where only whitespace lies between them (text offsets); worked out when drawn. */
  runs: () => StripeRun[]
  themes: ReadonlyMap<string, ThemeLook>
  /** Theme id → rank in the codebook. */
  order: ReadonlyMap<string, number>
  map: OffsetMap
}

interface Measured {
  themeId: string
  lane: number
  start: number
  end: number
  codings: Coding[]
}

/** Vertical gap (px) under which two stripes of a theme join. */
const GAP = 3

/** A theme's runs over a stretch of paragraphs: they share one lane. */
interface Group {
  themeId: string
  /** Paragraph indices [start, end). */
  start: number
  end: number
  runs: { run: StripeRun; firstParagraph: number; lastParagraph: number }[]
}

/**
 * Lanes for the whole document, in paragraph units: a theme's runs whose paragraphs touch form one group, and
 * groups that share a paragraph get different lanes. Computed once per data change (no layout), so lanes never
 * shift while scrolling, and only what is on screen needs measuring.
 */
export function stripeGroups(runs: readonly StripeRun[], map: OffsetMap, order: ReadonlyMap<string, number>) {
  const byTheme = new Map<string, Group['runs']>()
  for (const run of runs) {
    const entry = {
      run,
      firstParagraph: Math.max(map.paragraphAt(run.start), 0),
      lastParagraph: Math.max(map.paragraphAt(Math.max(run.end - 1, run.start)), 0)
    }
    const list = byTheme.get(run.themeId)
    if (list) list.push(entry)
    else byTheme.set(run.themeId, [entry])
  }
  const groups: Group[] = []
  for (const [themeId, list] of byTheme) {
    list.sort((a, b) => a.firstParagraph - b.firstParagraph)
    let cur: Group | null = null
    for (const r of list) {
      if (cur && r.firstParagraph < cur.end) {
        cur.end = Math.max(cur.end, r.lastParagraph + 1)
        cur.runs.push(r)
      } else {
        cur = { themeId, start: r.firstParagraph, end: r.lastParagraph + 1, runs: [r] }
        groups.push(cur)
      }
    }
  }
  return assignStripeLanes(groups, order)
}

/** Same-theme runs whose drawn extents overlap (on one line, say) become one stripe. */
function joinMeasured(items: Measured[]): Measured[] {
  items.sort((a, b) => (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : a.start - b.start))
  const out: Measured[] = []
  let cur: Measured | null = null
  for (const m of items) {
    if (cur && cur.themeId === m.themeId && m.start <= cur.end + GAP) {
      cur.end = Math.max(cur.end, m.end)
      cur.codings = [...cur.codings, ...m.codings]
    } else {
      cur = { ...m }
      out.push(cur)
    }
  }
  return out
}

/** The nearest scrolling ancestor. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p)
    if (overflowY === 'auto' || overflowY === 'scroll') return p
  }
  return null
}

/**
 * The coding stripes: one coloured bar per theme beside the text it codes, in lanes so that overlapping codings
 * stay apart, drawn as plain DOM into one absolutely positioned layer (no React component per stripe). Lanes are
 * laid out for the whole document when the data changes; only the stripes near the screen are measured and drawn,
 * again on scroll and whenever the text reflows. A click lists what the theme codes in this document in the claims
 * view; hovering names the theme.
 */
export function useCodingStripes(
  editor: Editor | null,
  input: StripesInput,
  redrawKey: string,
  textComplete: boolean
) {
  const ref = useRef<HTMLDivElement>(null)
  const inputRef = useRef(input)
  inputRef.current = input
  // Laid out on the first draw after the input changes, not while rendering: opening a document stays short.
  const laid = useRef<{ input: StripesInput; lanes: ReturnType<typeof stripeGroups> } | null>(null)
  const layout = (): ReturnType<typeof stripeGroups> => {
    const current = inputRef.current
    if (laid.current?.input !== current)
      laid.current = { input: current, lanes: stripeGroups(current.runs(), current.map, current.order) }
    return laid.current.lanes
  }

  useEffect(() => {
    const layer = ref.current
    const host = layer?.parentElement
    if (!layer || !host || !editor || editor.isDestroyed) return
    const scroller = scrollParent(host)
    const tooltip = layer.ownerDocument.createElement('div')
    tooltip.className = 'stripe-tip'
    tooltip.setAttribute('role', 'tooltip')
    tooltip.id = `stripe-tip-${input.documentId}`
    tooltip.hidden = true

    let frame = 0
    let drawnWindow = ''
    const draw = (force = true): void => {
      frame = 0
      if (editor.isDestroyed) return
      const started = performance.now()
      const { themes, map } = inputRef.current
      const { stripes, lanes } = layout()
      const pitch = lanes <= 5 ? 6 : Math.max(3, Math.floor(30 / lanes))
      host.style.setProperty('--stripe-space', `${lanes * pitch}px`)
      layer.style.setProperty('--stripe-pitch', `${pitch}px`)

      // The paragraphs within a screen's height of the visible part (host coordinates: p's offsetParent is host).
      const paragraphs = editor.view.dom.children
      const hostTop = host.getBoundingClientRect().top
      const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight }
      const height = view.bottom - view.top
      const lo = view.top - hostTop - height
      const hi = view.bottom - hostTop + height
      // offsetTop is cheap (layout is done once) but counts from the paragraphs' offset parent: shift it to the host.
      const first = paragraphs[0] as HTMLElement | undefined
      const base = first ? first.getBoundingClientRect().top - hostTop - first.offsetTop : 0
      const firstBelow = (y: number): number => {
        let a = 0
        let b = paragraphs.length
        while (a < b) {
          const mid = (a + b) >> 1
          const p = paragraphs[mid] as HTMLElement
          if (base + p.offsetTop + p.offsetHeight < y) a = mid + 1
          else b = mid
        }
        return a
      }
      const from = paragraphs.length ? firstBelow(lo) : 0
      const to = firstBelow(hi)
      const window_ = `${from}-${to}`
      if (!force && window_ === drawnWindow) return
      drawnWindow = window_

      const measured: Measured[] = []
      for (const { item: group, lane } of stripes) {
        if (group.end <= from || group.start > to) continue
        for (const r of group.runs) {
          if (r.lastParagraph < from || r.firstParagraph > to) continue
          try {
            const a = editor.view.coordsAtPos(map.toPos(r.run.start, 'start'), 1)
            const b = editor.view.coordsAtPos(map.toPos(r.run.end, 'end'), -1)
            measured.push({
              themeId: group.themeId,
              lane,
              start: a.top - hostTop,
              end: Math.max(b.bottom, a.bottom) - hostTop,
              codings: r.run.codings
            })
          } catch {
            // A position outside the current document (mid-update): drawn on the next pass.
          }
        }
      }
      const fragment = layer.ownerDocument.createDocumentFragment()
      for (const item of joinMeasured(measured)) {
        const theme = themes.get(item.themeId)
        if (!theme) continue
        const stripe = layer.ownerDocument.createElement('button')
        stripe.type = 'button'
        stripe.tabIndex = -1
        stripe.className = 'stripe'
        stripe.dataset.themeId = item.themeId
        stripe.dataset.label = theme.name
        stripe.setAttribute('aria-label', stripeLabel(theme.name, item.codings))
        stripe.style.cssText = `top:${item.start}px;height:${Math.max(item.end - item.start, 6)}px;--lane:${item.lane};--swatch:${theme.color}`
        fragment.append(stripe)
      }
      fragment.append(tooltip)
      layer.replaceChildren(fragment)
      // How long the last layout took (measuring and drawing), for the benchmarks.
      layer.dataset.drawMs = (performance.now() - started).toFixed(1)
    }
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(() => draw(true))
    }
    let scrollFrame = 0
    const onScroll = (): void => {
      if (!scrollFrame)
        scrollFrame = requestAnimationFrame(() => {
          scrollFrame = 0
          draw(false)
        })
    }
    // The text paints first; the stripes are measured and drawn in a task after that frame, so opening a long
    // document is not one long task and the first screen does not wait for them.
    let later: ReturnType<typeof setTimeout> | undefined
    frame = requestAnimationFrame(() => {
      frame = 0
      later = setTimeout(() => draw(true), 0)
    })
    // While the text loads it grows below the screen: the stripes are drawn again once it is all in.
    const observer = new ResizeObserver(() => {
      if (textComplete) schedule()
    })
    observer.observe(editor.view.dom)
    scroller?.addEventListener('scroll', onScroll, { passive: true })

    const onOver = (e: MouseEvent): void => {
      const stripe = (e.target as HTMLElement).closest<HTMLElement>('.stripe')
      if (!stripe) return
      tooltip.textContent = `${stripe.getAttribute('aria-label') ?? ''} · click to list them`
      tooltip.style.top = stripe.style.top
      tooltip.hidden = false
    }
    const onOut = (e: MouseEvent): void => {
      if (!(e.relatedTarget instanceof Node) || !layer.contains(e.relatedTarget)) tooltip.hidden = true
      else if (!(e.relatedTarget as HTMLElement).closest?.('.stripe')) tooltip.hidden = true
    }
    const onClick = (e: MouseEvent): void => {
      const themeId = (e.target as HTMLElement).closest<HTMLElement>('.stripe')?.dataset.themeId
      if (!themeId) return
      e.stopPropagation()
      showClaims({ themeId, documentId: inputRef.current.documentId })
    }
    layer.addEventListener('mouseover', onOver)
    layer.addEventListener('mouseout', onOut)
    layer.addEventListener('click', onClick)
    return () => {
      if (frame) cancelAnimationFrame(frame)
      clearTimeout(later)
      if (scrollFrame) cancelAnimationFrame(scrollFrame)
      scroller?.removeEventListener('scroll', onScroll)
      observer.disconnect()
      layer.removeEventListener('mouseover', onOver)
      layer.removeEventListener('mouseout', onOut)
      layer.removeEventListener('click', onClick)
    }
  }, [editor, redrawKey, input, textComplete])

  return ref
}
