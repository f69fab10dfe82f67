/** The parts of a pdf.js TextItem this needs. */
export interface PdfTextItem {
  str: string
  /** [a, b, c, d, x, y]: y is the baseline, growing upwards. */
  transform: number[]
  /** Advance width in page units (pdf.js always gives it; estimated from the font size when missing). */
  width?: number
  height: number
  hasEOL: boolean
  dir?: string
}

/** A run of text placed on the page: its left and right edges, baseline and font size. */
export interface PlacedText {
  str: string
  x0: number
  x1: number
  y: number
  h: number
}

/** Text sharing a baseline across the whole width of the page, left to right. */
export interface PdfRow {
  y: number
  /** The font size of the row's largest text. */
  h: number
  items: PlacedText[]
  /** Right-to-left script: read the items from right to left. */
  rtl: boolean
}

/**
 * Groups a page's text items into rows, top to bottom, each row's items left to right (right to left when most of
 * them are right-to-left). Items on one baseline within half the font size (superscripts, subscripts) share a
 * row; whitespace-only items are dropped (spaces are put back from the gaps, see rowText); an item drawn twice at
 * the same place (fake bold) counts once. Rotated text (margin notes, vertical labels) is returned apart, in
 * content-stream order, one row per item.
 */
export function pdfRows(items: readonly PdfTextItem[]): { rows: PdfRow[]; rotated: PdfRow[] } {
  const placed: (PlacedText & { rtl: boolean })[] = []
  const rotated: PdfRow[] = []
  for (const item of items) {
    if (item.str.trim() === '') continue
    const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform
    const h = item.height || Math.hypot(c, d) || Math.hypot(a, b)
    const str = item.str.replace(/\s+/g, ' ')
    const width = item.width ?? str.length * h * 0.5
    if (Math.abs(b) > 1e-3 * Math.abs(a) || Math.abs(c) > 1e-3 * Math.abs(d) || a < 0) {
      rotated.push({ y, h, items: [{ str: str.trim(), x0: x, x1: x + width, y, h }], rtl: false })
      continue
    }
    placed.push({ str, x0: x, x1: x + width, y, h, rtl: item.dir === 'rtl' })
  }
  placed.sort((p, q) => q.y - p.y || p.x0 - q.x0)

  const rows: PdfRow[] = []
  let group: typeof placed = []
  const flush = (): void => {
    if (group.length === 0) return
    const tallest = group.reduce((t, p) => (p.h > t.h ? p : t))
    const rtl = group.filter((p) => p.rtl).length * 2 > group.length
    const sorted = [...group].sort((p, q) => (rtl ? q.x1 - p.x1 : p.x0 - q.x0))
    const seen = new Set<string>()
    const unique = sorted.filter((p) => {
      const key = `${Math.round(p.x0 / Math.max(0.2 * p.h, 0.5))}\u0000${p.str}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    rows.push({ y: tallest.y, h: tallest.h, items: unique.map(({ rtl: _rtl, ...p }) => p), rtl })
    group = []
  }
  for (const p of placed) {
    const anchor = group[0]
    if (anchor && Math.abs(anchor.y - p.y) > 0.5 * Math.max(anchor.h, p.h)) flush()
    group.push(p)
  }
  flush()
  return { rows, rotated }
}

/**
 * The row's text: items joined, with a space where the gap between two items is wider than a kern, and a tab
 * where it is wider than 2 em (table cells, tab stops).
 */
export function rowText(items: readonly PlacedText[], rtl = false): string {
  let s = ''
  let prev: PlacedText | null = null
  for (const p of items) {
    if (prev) {
      const gap = rtl ? prev.x0 - p.x1 : p.x0 - prev.x1
      const h = Math.min(p.h, prev.h)
      if (gap > 2 * h) s = `${s.trimEnd()}\t`
      else if (gap > 0.15 * h && !/\s$/.test(s) && !/^\s/.test(p.str)) s += ' '
    }
    s += s.endsWith('\t') ? p.str.trimStart() : p.str
    prev = p
  }
  return s.replace(/[^\S\t]+/g, ' ').trim()
}
