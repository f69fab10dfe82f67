export interface HighlightInput {
  id: string
  start: number
  end: number
  /** The first theme's colour, or null for an untagged highlight (drawn in the default yellow). */
  color: string | null
}

export interface HighlightSegment {
  start: number
  end: number
  /** Highlights covering the segment, lowest layer first. */
  ids: string[]
  colors: (string | null)[]
}

/**
 * Gives each highlight the lowest layer not taken by an overlapping highlight that starts earlier (or at the same
 * place but is longer), so nested and chained overlaps use as few layers as possible.
 */
export function assignLayers(items: readonly HighlightInput[]): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1))
  const layerEnds: number[] = []
  const layers = new Map<string, number>()
  for (const h of sorted) {
    let layer = layerEnds.findIndex((end) => end <= h.start)
    if (layer < 0) layer = layerEnds.length
    layerEnds[layer] = h.end
    layers.set(h.id, layer)
  }
  return layers
}

/** Cuts the highlighted text into segments at every highlight boundary, each listing what covers it. One pass. */
export function segmentHighlights(items: readonly HighlightInput[]): HighlightSegment[] {
  return highlightSegmenter(items)(Infinity)
}

/**
 * `segmentHighlights` a stretch at a time: each call returns the next segments that end at or before `limit` (a
 * text offset), so a long text's highlights are cut as its chunks load. The calls together give the same segments.
 */
export function highlightSegmenter(items: readonly HighlightInput[]): (limit: number) => HighlightSegment[] {
  const valid = items.filter((h) => h.end > h.start)
  const layers = assignLayers(valid)
  const points = new Set<number>()
  for (const h of valid) {
    points.add(h.start)
    points.add(h.end)
  }
  const cuts = [...points].sort((a, b) => a - b)
  const byStart = [...valid].sort((a, b) => a.start - b.start)
  const active: HighlightInput[] = []
  let next = 0
  let c = 0
  return (limit) => {
    const segments: HighlightSegment[] = []
    for (; c < cuts.length - 1 && cuts[c + 1]! <= limit; c++) {
      const from = cuts[c]!
      const to = cuts[c + 1]!
      for (let i = active.length - 1; i >= 0; i--) if (active[i]!.end <= from) active.splice(i, 1)
      while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!)
      if (active.length === 0) continue
      const covering = [...active].sort((a, b) => layers.get(a.id)! - layers.get(b.id)!)
      segments.push({
        start: from,
        end: to,
        ids: covering.map((h) => h.id),
        colors: covering.map((h) => h.color)
      })
    }
    return segments
  }
}

export const MAX_DRAWN_LAYERS = 3

/**
 * How a segment is drawn: a translucent fill in the lowest layer's colour (stronger where highlights overlap) and
 * one underline stripe per further layer, in that highlight's colour. Colours go in as CSS variables.
 */
export function segmentLook(segment: HighlightSegment): { className: string; style: string } {
  const depth = Math.min(segment.colors.length, MAX_DRAWN_LAYERS)
  const vars: string[] = []
  for (let i = 0; i < depth; i++) vars.push(`--hl${i}:${segment.colors[i] ?? 'var(--hl-default)'}`)
  return { className: `hl hl-n${depth}`, style: vars.join(';') }
}
