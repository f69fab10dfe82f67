import type { Editor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import { showClaims } from '../../app/app-state'
import { assignStripeLanes, stripeLabel, type Coding, type StripeRun } from './coding-stripes'
import type { OffsetMap } from './offset-map'
import type { ThemeLook } from './reader-decorations'

export interface StripesInput {
  documentId: string
  /** Each theme's codings, joined where only whitespace lies between them (text offsets). */
  runs: StripeRun[]
  themes: ReadonlyMap<string, ThemeLook>
  /** Theme id → rank in the codebook. */
  order: ReadonlyMap<string, number>
  map: OffsetMap
}

interface Measured {
  themeId: string
  start: number
  end: number
  codings: Coding[]
}

/** Vertical gap (px) under which two stripes count as touching. */
const GAP = 3

/** Same-theme runs whose drawn extents overlap (on one line, say) become one stripe. */
function joinMeasured(items: Measured[]): Measured[] {
  const byTheme = new Map<string, Measured[]>()
  for (const m of items) {
    const list = byTheme.get(m.themeId)
    if (list) list.push(m)
    else byTheme.set(m.themeId, [m])
  }
  const out: Measured[] = []
  for (const list of byTheme.values()) {
    list.sort((a, b) => a.start - b.start)
    let cur: Measured | null = null
    for (const m of list) {
      if (cur && m.start <= cur.end + GAP) {
        cur.end = Math.max(cur.end, m.end)
        cur.codings = [...cur.codings, ...m.codings]
      } else {
        cur = { ...m }
        out.push(cur)
      }
    }
  }
  return out
}

/**
 * The coding stripes: one coloured bar per theme beside the text it codes, in lanes so that overlapping codings
 * stay apart, drawn as plain DOM into one absolutely positioned layer (no React component per stripe). Measured
 * after the decorations are in place and again whenever the text reflows. A click lists what the theme codes in
 * this document in the claims view; hovering names the theme.
 */
export function useCodingStripes(editor: Editor | null, input: StripesInput, redrawKey: string) {
  const ref = useRef<HTMLDivElement>(null)
  const inputRef = useRef(input)
  inputRef.current = input

  useEffect(() => {
    const layer = ref.current
    const host = layer?.parentElement
    if (!layer || !host || !editor || editor.isDestroyed) return
    const tooltip = layer.ownerDocument.createElement('div')
    tooltip.className = 'stripe-tip'
    tooltip.setAttribute('role', 'tooltip')
    tooltip.id = `stripe-tip-${input.documentId}`
    tooltip.hidden = true

    let frame = 0
    const draw = (): void => {
      frame = 0
      if (editor.isDestroyed) return
      const { runs, themes, order, map } = inputRef.current
      const hostTop = host.getBoundingClientRect().top
      const measured: Measured[] = []
      for (const run of runs) {
        try {
          const from = map.toPos(run.start, 'start')
          const to = map.toPos(run.end, 'end')
          const a = editor.view.coordsAtPos(from, 1)
          const b = editor.view.coordsAtPos(to, -1)
          measured.push({
            themeId: run.themeId,
            start: a.top - hostTop,
            end: Math.max(b.bottom, a.bottom) - hostTop,
            codings: run.codings
          })
        } catch {
          // A position outside the current document (mid-update): drawn on the next pass.
        }
      }
      const { stripes, lanes } = assignStripeLanes(joinMeasured(measured), order, GAP)
      const pitch = lanes <= 5 ? 6 : Math.max(3, Math.floor(30 / lanes))
      host.style.setProperty('--stripe-space', `${lanes * pitch}px`)
      layer.style.setProperty('--stripe-pitch', `${pitch}px`)
      const fragment = layer.ownerDocument.createDocumentFragment()
      for (const { item, lane } of stripes) {
        const theme = themes.get(item.themeId)
        if (!theme) continue
        const stripe = layer.ownerDocument.createElement('button')
        stripe.type = 'button'
        stripe.tabIndex = -1
        stripe.className = 'stripe'
        stripe.dataset.themeId = item.themeId
        stripe.dataset.label = theme.name
        stripe.setAttribute('aria-label', stripeLabel(theme.name, item.codings))
        stripe.style.cssText = `top:${item.start}px;height:${Math.max(item.end - item.start, 6)}px;--lane:${lane};--swatch:${theme.color}`
        fragment.append(stripe)
      }
      fragment.append(tooltip)
      layer.replaceChildren(fragment)
    }
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(draw)
    }
    draw()
    const observer = new ResizeObserver(schedule)
    observer.observe(editor.view.dom)

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
      observer.disconnect()
      layer.removeEventListener('mouseover', onOver)
      layer.removeEventListener('mouseout', onOut)
      layer.removeEventListener('click', onClick)
    }
  }, [editor, redrawKey, input.documentId])

  return ref
}
