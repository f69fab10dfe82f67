/** Creating a formatter is what costs: one per locale and time zone, reused. */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string | undefined, utc: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${utc}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: utc ? 'UTC' : undefined
    })
    formatters.set(key, format)
  }
  return format
}

/** "30 May 2024" for a date or timestamp string; the input unchanged if it does not parse. */
export function formatDate(value: string | null | undefined, locale?: string): string {
  if (!value) return ''
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const d = new Date(dateOnly ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(d.getTime())) return value
  return formatter(locale, dateOnly).format(d)
}
