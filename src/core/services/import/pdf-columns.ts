import { rowText, type PdfRow, type PlacedText } from './pdf-rows'

/** A line of text in reading order, with the column it sits in. */
export interface PdfLine {
  text: string
  x0: number
  x1: number
  y: number
  h: number
  /** Which column (or full-width row) of the page the line belongs to; lines of one column share it. */
  column: string
  /** The column's left and right edges on this page. */
  left: number
  right: number
}

/** A gutter is crossed by at most this share of the page's rows (full-width headings, footnotes). */
const MAX_CROSSING = 0.35
/** …or up to this share, when at least MIN_BETWEEN of the rows show it as a gap between two texts. */
const MAX_CROSSING_BETWEEN = 0.6
const MIN_BETWEEN = 0.4
/** Each side of a gutter holds at least this many rows, and this share of the page's rows. */
const MIN_SIDE_ROWS = 3
const MIN_SIDE_SHARE = 0.2
/** At least this share of a column's lines run to within 30% of its width of the gutter (text, not a table). */
const MIN_FILLED = 0.4

interface Gutter {
  start: number
  end: number
}

/**
 * A page's rows as lines in reading order. Columns are found from gutters: vertical bands, away from the page's
 * edges and at least 0.6 em wide, that at most 35% of the rows cross (the others have text on one side or the
 * other) — or up to 60% when at least 40% show it as a gap between two texts (a paper's first page, with its
 * title, authors and abstract across the page) — with text on both sides in at least 20% of the rows, and lines on the left running close to the
 * gutter (a two-column table's short cells do not). Rows crossing a gutter are full width (titles, headings
 * above the columns, footnotes); between them, each column is read to its end before the next.
 */
export function columnLines(rows: readonly PdfRow[]): PdfLine[] {
  const gutters = findGutters(rows)
  const lines: PdfLine[] = []
  let block = 0
  let pending: PdfLine[][] = []
  const flush = (): void => {
    if (pending.length === 0) return
    for (const col of pending) lines.push(...col)
    pending = []
    block++
  }
  for (const row of rows) {
    const crossing = gutters.some((g) => crosses(row, g))
    if (gutters.length === 0 || crossing) {
      if (gutters.length > 0) flush()
      lines.push(line(row.items, row, `${block}:full`))
      continue
    }
    const bounds = [-Infinity, ...gutters.map((g) => (g.start + g.end) / 2), Infinity]
    for (let k = 0; k + 1 < bounds.length; k++) {
      const items = row.items.filter(
        (p) => (p.x0 + p.x1) / 2 >= bounds[k]! && (p.x0 + p.x1) / 2 < bounds[k + 1]!
      )
      if (items.length === 0) continue
      while (pending.length <= k) pending.push([])
      pending[k]!.push(line(items, row, `${block}:${k}`))
    }
  }
  flush()
  // Column edges: the extent of each column's lines on the page (a full-width row: the page's text).
  const edges = new Map<string, { left: number; right: number }>()
  for (const l of lines) {
    const e = edges.get(l.column) ?? { left: Infinity, right: -Infinity }
    edges.set(l.column, { left: Math.min(e.left, l.x0), right: Math.max(e.right, l.x1) })
  }
  const pageLeft = lines.reduce((m, l) => Math.min(m, l.x0), Infinity)
  const pageRight = lines.reduce((m, l) => Math.max(m, l.x1), -Infinity)
  for (const l of lines) {
    const e = l.column.endsWith(':full') ? { left: pageLeft, right: pageRight } : edges.get(l.column)!
    l.left = e.left
    l.right = e.right
  }
  return lines
}

function line(items: readonly PlacedText[], row: PdfRow, column: string): PdfLine {
  // The baseline of this line's own largest text: a row may hold another column's line a little higher or lower.
  const tallest = items.reduce((t, p) => (p.h > t.h ? p : t))
  return {
    text: rowText(items, row.rtl),
    x0: items.reduce((m, p) => Math.min(m, p.x0), Infinity),
    x1: items.reduce((m, p) => Math.max(m, p.x1), -Infinity),
    y: tallest.y,
    h: tallest.h,
    column,
    left: 0,
    right: 0
  }
}

/** The page's column gutters, left to right (none for a single-column page). */
export function findGutters(rows: readonly PdfRow[]): Gutter[] {
  if (rows.length < 2 * MIN_SIDE_ROWS) return []
  const all = rows.flatMap((r) => r.items)
  // (reduce, not Math.min(...): a page of a map or a table can hold more items than a call takes arguments)
  const minX = Math.floor(all.reduce((m, p) => Math.min(m, p.x0), Infinity))
  const maxX = Math.ceil(all.reduce((m, p) => Math.max(m, p.x1), -Infinity))
  const width = maxX - minX
  if (width <= 0 || width > 20000) return []
  const hs = all.map((p) => p.h).sort((a, b) => a - b)
  const em = hs[Math.floor(hs.length / 2)]!
  const minGutter = Math.max(0.6 * em, 4)
  // cover[x]: rows with text at x; between[x]: rows with text on both sides of x and a gap of a gutter's width
  // around it (a column's line next to the other column's).
  const cover = new Int32Array(width + 1)
  const between = new Int32Array(width + 1)
  for (const row of rows) {
    const seen = new Uint8Array(width + 1)
    for (const p of row.items) {
      for (let x = Math.max(0, Math.floor(p.x0) - minX); x < Math.min(width, Math.ceil(p.x1) - minX); x++)
        seen[x] = 1
    }
    for (let x = 0; x < width; x++) cover[x]! += seen[x]!
    const sorted = [...row.items].sort((p, q) => p.x0 - q.x0)
    let reach = -Infinity
    for (const p of sorted) {
      if (reach > -Infinity && p.x0 - reach >= minGutter) {
        for (let x = Math.ceil(reach) - minX; x < Math.floor(p.x0) - minX; x++) between[x]!++
      }
      reach = Math.max(reach, p.x1)
    }
  }
  const gutters: Gutter[] = []
  let runStart = -1
  for (let x = 0; x <= width; x++) {
    // Open: crossed by few rows, or — on a page whose title, authors and abstract run across it — seen as a gap
    // between the columns in many rows.
    const open =
      x < width &&
      (cover[x]! <= MAX_CROSSING * rows.length ||
        (between[x]! >= MIN_BETWEEN * rows.length && cover[x]! <= MAX_CROSSING_BETWEEN * rows.length))
    if (open && runStart < 0) runStart = x
    if (!open && runStart >= 0) {
      const g = { start: minX + runStart, end: minX + x }
      if (g.end - g.start >= minGutter && g.start > minX + 0.15 * width && g.end < maxX - 0.15 * width)
        gutters.push(g)
      runStart = -1
    }
  }
  return gutters.filter((g, i) => {
    const mid = (g.start + g.end) / 2
    const left = rows.filter((r) => r.items.some((p) => p.x1 <= mid) && !crosses(r, g))
    const right = rows.filter((r) => r.items.some((p) => p.x0 >= mid) && !crosses(r, g))
    const min = Math.max(MIN_SIDE_ROWS, MIN_SIDE_SHARE * rows.length)
    if (left.length < min || right.length < min) return false
    const colStart = i === 0 ? minX : gutters[i - 1]!.end
    const reach = 0.3 * (g.start - colStart)
    const filled = left.filter((r) => {
      const end = r.items.reduce(
        (m, p) => (p.x1 <= mid && p.x0 >= colStart - 0.5 ? Math.max(m, p.x1) : m),
        -Infinity
      )
      return g.start - end <= reach
    })
    return filled.length >= MIN_FILLED * left.length
  })
}

/**
 * A row crosses a gutter when some text of it runs over the gutter's middle (not when a line pokes into it) or
 * sits in the gutter (a page number centred between the columns).
 */
function crosses(row: PdfRow, g: Gutter): boolean {
  const mid = (g.start + g.end) / 2
  return row.items.some(
    (p) => (p.x0 < mid && p.x1 > mid) || ((p.x0 + p.x1) / 2 >= g.start && (p.x0 + p.x1) / 2 <= g.end)
  )
}
