/**
 * Recognises a leading date line such as ` date 2024-05-30 `, `Date: 2024-05-30`
 * or a bare `2024-05-30` on the first line of a document.
 *
 * The document text is never modified: callers get the ISO date and the offset
 * where the body starts (just after the date line), to pass to
 * `segmentText(text, { from: bodyStart })` so the date is not a statement.
 */
export interface LeadingDate {
  /** ISO `YYYY-MM-DD`, or null when the first line is not a date line. */
  date: string | null
  /** UTF-16 offset of the first character after the date line (0 when no date). */
  bodyStart: number
}

const DATE_LINE = /^\uFEFF?[ \t]*(?:date[ \t]*[:\-–—]?[ \t]*)?(\d{4})-(\d{2})-(\d{2})[ \t]*(\r\n|\r|\n|$)/i

export function extractLeadingDate(text: string): LeadingDate {
  const m = DATE_LINE.exec(text)
  if (!m) return { date: null, bodyStart: 0 }
  const [line, y, mo, d] = m
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return { date: null, bodyStart: 0 }
  return { date: `${y}-${mo}-${d}`, bodyStart: line.length }
}
