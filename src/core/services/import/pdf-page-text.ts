/** The parts of a pdf.js TextItem this needs. */
export interface PdfTextItem {
  str: string
  /** [a, b, c, d, x, y]: y is the baseline, growing upwards. */
  transform: number[]
  height: number
  hasEOL: boolean
}

interface Line {
  text: string
  y: number
  height: number
}

/** A gap between baselines this many times the page's usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP = 1.4

/**
 * Rebuilds the text of one PDF page from pdf.js text items, in content-stream order (the order the producer
 * wrote; for most single- and multi-column documents the reading order).
 * - Lines end at `hasEOL` or where the baseline moves by more than half the text height.
 * - A new paragraph starts where the gap to the previous line is over 1.4 × the page's median line spacing, or
 *   where the text moves back up the page (next column, sidebar).
 * - Lines of a paragraph are joined with a space; a line ending in a hyphen after a letter is joined to a next
 *   line starting with a lower-case letter without a space, and the hyphen is kept ("well-known", but also
 *   "infor-mation": a hyphenation cannot be told from a hyphenated word, and the text must stay faithful).
 * Paragraphs are separated by a blank line.
 */
export function pdfPageText(items: readonly PdfTextItem[]): string {
  const lines = buildLines(items)
  if (lines.length === 0) return ''
  const gaps: number[] = []
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y
    if (gap > 0) gaps.push(gap)
  }
  const spacing = median(gaps)

  const paragraphs: string[] = []
  let current = lines[0]!.text
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!
    const line = lines[i]!
    const gap = prev.y - line.y
    const newParagraph = gap <= 0 || (spacing > 0 && gap > spacing * PARAGRAPH_GAP && gap > line.height * 1.2)
    if (newParagraph) {
      paragraphs.push(current)
      current = line.text
    } else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line.text)) {
      current += line.text
    } else {
      current += ` ${line.text}`
    }
  }
  paragraphs.push(current)
  return paragraphs.join('\n\n')
}

function buildLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = []
  let text = ''
  let y = 0
  let height = 0
  const end = (): void => {
    const t = text.replace(/\s+/g, ' ').trim()
    if (t !== '') lines.push({ text: t, y, height })
    text = ''
    height = 0
  }
  for (const item of items) {
    const itemY = item.transform[5] ?? 0
    const itemHeight = item.height || Math.abs(item.transform[3] ?? 0)
    if (text.trim() !== '' && Math.abs(itemY - y) > Math.max(itemHeight, height) * 0.5) end()
    if (text.trim() === '') y = itemY
    text += item.str
    if (item.str.trim() !== '') height = Math.max(height, itemHeight)
    if (item.hasEOL) end()
  }
  end()
  return lines
}

/** The lower median (with two lines and a paragraph gap between, the line spacing is the smaller gap). */
function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}
