import { IsoDate } from '../../../shared/domain'

/**
 * Turns a date found in a file's metadata into the domain's `IsoDate` (`YYYY-MM-DD`, or an ISO timestamp with
 * `Z` or an offset), or null when it is missing or cannot be read without guessing.
 *
 * - ISO dates and timestamps with an offset are kept as written; a timestamp without an offset keeps its date.
 * - `2024/03/05` and PDF dates (`D:20240305120000+01'00'`) become `2024-03-05`.
 * - Written dates ("5 March 2024", "March 5, 2024") become that calendar date; RFC 2822 timestamps
 *   ("Tue, 05 Mar 2024 10:00:00 GMT") become a UTC timestamp.
 * - All-numeric dates other than year-first (`03/05/2024`) are ambiguous (March 5 or 3 May) and give null.
 * - A `Date` (YAML 1.1 timestamps) gives its UTC date at midnight UTC, else its UTC timestamp.
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return fromDate(value)
  if (typeof value !== 'string') return null
  const s = value.trim()
  if (s === '' || s.length > 100) return null
  if (IsoDate.safeParse(s).success) return s

  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(s)
  if (pdf) return checked(`${pdf[1]}-${pdf[2]}-${pdf[3]}`)

  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s)
  if (ymd) return checked(`${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`)

  if (/^[\d\s/.-]+$/.test(s)) return null // 03/05/2024, 5.3.2024, a bare year: ambiguous or not a day
  if (!/\b\d{4}\b/.test(s) || !/[a-z]/i.test(s)) return null
  const parsed = new Date(s)
  if (Number.isNaN(parsed.getTime())) return null
  if (!/\d:\d/.test(s)) {
    // No time of day: the parser read it as local midnight; its local calendar date is the one written.
    return checked(
      `${parsed.getFullYear()}-${pad(String(parsed.getMonth() + 1))}-${pad(String(parsed.getDate()))}`
    )
  }
  return checked(parsed.toISOString())
}

function fromDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null
  const iso = d.toISOString()
  return checked(iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso)
}

function pad(n: string): string {
  return n.padStart(2, '0')
}

function checked(s: string): string | null {
  return IsoDate.safeParse(s).success ? s : null
}
