import type { ImportedSource } from './imported-source'
import { columnLines, type PdfLine } from './pdf-columns'
import { pdfLinesText } from './pdf-lines-text'
import { pdfRows, rowText, type PdfRow, type PdfTextItem } from './pdf-rows'
import { findRunningRows } from './pdf-running-rows'

export type { PdfTextItem } from './pdf-rows'

/**
 * A PDF's text as a reader sees it, from each page's pdf.js text items, with each page's range in the text:
 * 1. items are grouped into rows by baseline (see pdfRows);
 * 2. running headers, footers and page numbers are left out (see findRunningRows; a one-page document keeps
 *    everything);
 * 3. each page is read in column order, full-width rows in place (see columnLines); rotated text follows the
 *    page's text as paragraphs of its own;
 * 4. lines are joined into paragraphs, hyphenation undone, a paragraph running over a page or column break kept
 *    whole (see pdfLinesText).
 */
export function pdfDocumentText(pages: readonly (readonly PdfTextItem[])[]): PdfText {
  return pdfRowsText(pages.map((items) => pdfRows(items)))
}

export type PdfText = Pick<ImportedSource, 'text'> & { pages: NonNullable<ImportedSource['pages']> }

/** pdfDocumentText from each page's pdfRows (which are smaller to keep than the page's pdf.js items). */
export function pdfRowsText(rowed: readonly { rows: PdfRow[]; rotated: PdfRow[] }[]): PdfText {
  const running = findRunningRows(rowed.map((r) => r.rows))
  const lines = rowed.map(({ rows, rotated }) => {
    const kept = rows.filter((r) => !running.has(r))
    const out: PdfLine[] = kept.length > 0 ? columnLines(kept) : []
    rotated.forEach((r, k) => {
      const p = r.items[0]!
      out.push({
        text: rowText(r.items),
        x0: p.x0,
        x1: p.x1,
        y: r.y,
        h: r.h,
        column: `rot:${k}`,
        left: p.x0,
        right: p.x1
      })
    })
    return out
  })
  return pdfLinesText(lines)
}

/** The text of one page on its own (see pdfDocumentText). */
export function pdfPageText(items: readonly PdfTextItem[]): string {
  return pdfDocumentText([items]).text
}
