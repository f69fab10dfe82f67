import type { RenderFunction } from '@observablehq/plot'
import { useEffect, useRef, useState, type PointerEventHandler } from 'react'

interface Props {
  /** Builds the chart for the box's width (Observable Plot renders SVG through the DOM: no eval, CSP-safe). */
  build: (width: number) => SVGSVGElement | HTMLElement
  label: string
  onPointerDown?: PointerEventHandler<HTMLDivElement>
  onPointerMove?: PointerEventHandler<HTMLDivElement>
  onPointerUp?: PointerEventHandler<HTMLDivElement>
  children?: React.ReactNode
}

/** A Plot chart in a box that follows its width; the built figure replaces the previous one. */
export function PlotFigure({ build, label, onPointerDown, onPointerMove, onPointerUp, children }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const holder = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)

  useEffect(() => {
    const el = box.current!
    const measure = () => setWidth(Math.max(480, Math.floor(el.clientWidth - 18)))
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])

  useEffect(() => {
    if (width === 0) return
    const t0 = performance.now()
    const figure = build(width)
    // The box is the image (role img, with a label); Plot's own aria labels inside it would only repeat it.
    figure.setAttribute('aria-hidden', 'true')
    holder.current!.replaceChildren(figure)
    // Read by the renderer benchmark.
    box.current!.dataset.drawMs = String(Math.round(performance.now() - t0))
    return () => figure.remove()
  }, [build, width])

  return (
    <div
      className="chart-box"
      ref={box}
      role="img"
      aria-label={label}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      style={{ position: 'relative' }}
    >
      <div ref={holder} />
      {children}
    </div>
  )
}

/** Tags each drawn element of a mark with the index of its datum (`data-index`), for clicks. A Plot render transform. */
export const tagIndex: RenderFunction = (index, scales, values, dimensions, context, next) => {
  const g = next!(index, scales, values, dimensions, context)
  g?.querySelectorAll('circle, rect').forEach((el, i) => {
    if (index[i] !== undefined) el.setAttribute('data-index', String(index[i]))
  })
  return g
}
