const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/**
 * "2024-05-30" or "2026-12-02T04:45:57.768Z" → "30 May 2024": the calendar date as written (a UTC timestamp's
 * UTC day), in English whatever the locale. Anything without a leading YYYY-MM-DD is returned unchanged.
 */
export function humanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined
  if (!m || !month) return iso
  return `${Number(m[3])} ${month} ${m[1]}`
}
