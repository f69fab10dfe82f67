import { rowText, type PdfRow } from './pdf-rows'

/** How many rows at the top and at the bottom of a page may be a running header or footer. */
const EDGE_ROWS = 2
/** …when set apart from the body by a gap of at least this many times the page's usual line spacing. */
const APART = 1.3
/** A header or footer repeats on at least this share of the pages with text (and on two pages at least). */
const MIN_SHARE = 0.4
/** …at the same height, give or take this many points. */
const Y_TOLERANCE = 6

/**
 * The rows of a document that are running headers, footers or page numbers, not text: among the two top and
 * two bottom rows of each page that are set apart from the body by a margin (a gap of 1.3 × the page's line
 * spacing), those whose text, with numbers replaced (`Chapter 3` → `chapter #`; any page
 * number form, `3`, `Page 3 of 12`, `- 3 -`, counts as one), recurs at the same height at the same edge on at
 * least 40% of the pages with text (two at least). A document of one page has none.
 */
export function findRunningRows(pages: readonly (readonly PdfRow[])[]): Set<PdfRow> {
  const withText = pages.filter((rows) => rows.length > 0)
  const running = new Set<PdfRow>()
  if (withText.length < 2) return running
  const groups = new Map<string, { page: number; row: PdfRow }[]>()
  pages.forEach((rows, page) => {
    const { top, bottom } = edgeRows(rows)
    for (const [edge, list] of [
      ['top', top],
      ['bottom', bottom]
    ] as const) {
      for (const row of list) {
        const key = `${edge}\u0000${runningKey(rowText(row.items, row.rtl))}`
        const group = groups.get(key) ?? []
        group.push({ page, row })
        groups.set(key, group)
      }
    }
  })
  const needed = Math.max(2, Math.ceil(MIN_SHARE * withText.length))
  for (const group of groups.values()) {
    if (group.length < needed) continue
    const ys = group.map((g) => g.row.y).sort((a, b) => a - b)
    const median = ys[Math.floor(ys.length / 2)]!
    const near = group.filter((g) => Math.abs(g.row.y - median) <= Y_TOLERANCE)
    if (new Set(near.map((g) => g.page)).size >= needed) for (const g of near) running.add(g.row)
  }
  return running
}

/** The rows at the top and the bottom of a page that are set apart from the body (a margin, not a line gap). */
function edgeRows(rows: readonly PdfRow[]): { top: PdfRow[]; bottom: PdfRow[] } {
  const gaps = rows.slice(1).map((r, i) => rows[i]!.y - r.y)
  const sorted = gaps.filter((g) => g > 0).sort((a, b) => a - b)
  const heights = rows.map((r) => r.h).sort((a, b) => a - b)
  // The usual line spacing; on a page of a few lines the gaps say little, and 1.5 × the text height caps it.
  const spacing = Math.min(
    sorted[Math.floor((sorted.length - 1) / 2)] ?? Infinity,
    1.5 * (heights[Math.floor(heights.length / 2)] ?? 0)
  )
  const apart = (gap: number | undefined): boolean => gap === undefined || gap >= APART * spacing
  const top: PdfRow[] = []
  for (let i = 0; i < Math.min(EDGE_ROWS, rows.length); i++) {
    // rows[0..i] form the header when the gap below rows[i] is a margin
    if (apart(gaps[i])) top.splice(0, top.length, ...rows.slice(0, i + 1))
  }
  const bottom: PdfRow[] = []
  for (let i = rows.length - 1; i >= Math.max(top.length, rows.length - EDGE_ROWS); i--) {
    if (apart(gaps[i - 1])) bottom.splice(0, bottom.length, ...rows.slice(i))
  }
  return { top, bottom }
}

/** A page number as a footer or header writes it: `3`, `Page 3 of 12`, `- 3 -`, `p. 3`, `3/12`, `[iv]`. */
const PAGE_NUMBER = /^(?:(?:page|p\.|pg\.?)\s*)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—([]\s*#\s*[-–—)\]]$/

/**
 * The text with its numbers replaced, for comparing headers and footers across pages; page numbers in any of
 * the usual forms all give the same key (a document may write them differently on odd and even pages).
 */
export function runningKey(text: string): string {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\d+/g, '#')
  return PAGE_NUMBER.test(t) || /^(?:page )?[ivxlcdm]+$/.test(t) ? '(page number)' : t
}
