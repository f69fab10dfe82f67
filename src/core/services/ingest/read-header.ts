import { classifyLabel } from '../attribute/transcript/classify-label'
import { matchTurnLabel } from '../attribute/transcript/match-turn-label'
import { normalizeDate } from '../import/normalize-date'
import { FIRST_NAMES } from '../attribute/name-lexicon.generated'

interface Range {
  start: number
  end: number
}

/** What a source's first lines say about it (see readHeader). */
export interface TextHeader {
  /** The headline ("Remarks on United States Assistance to Ukraine …"), or null. */
  title: string | null
  /** `YYYY-MM-DD` from a date line ("June 20, 2024", "2024-05-28", "Tuesday, May 28, 2024"), or null. */
  date: string | null
  /** A person a header line names alone ("Joe Biden" above an American Presidency Project document). */
  principal: string | null
  /** Indexes of the paragraphs that are header metadata — headline, date, time, place, name lines — not statements. */
  metadata: number[]
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const DATE_IN_LINE = new RegExp(
  [
    `(?:${WEEKDAY}\\s+)?(${MONTH})\\s+${DAY},?\\s+(\\d{4})`,
    `(?:${WEEKDAY}\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})`,
    '(\\d{4})-(\\d{2})-(\\d{2})'
  ].join('|'),
  'i'
)
const TIME_LINE =
  /^(?:\{time\}\s*\d{3,4}|\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)(?:\s*[A-Z]{2,4}T?)?|\d{1,2}:\d{2}(?:\s*[A-Z]{2,4}T?)?)$/
const PLACE_LINE =
  /^(?:via|aboard|en route|on board|from|at)\s|(?:room|hall|chamber|center|centre|office|building|house|teleconference|videoconference|conference call|headquarters|embassy|palace|residence|airport|base|camp)$/i
const NOT_A_PERSON =
  /\b(?:chamber|house|room|office|committee|council|department|ministry|conference|briefing|news|press|daily|weekly|government|agency|service|nations|union|assembly|parliament|senate|congress|court|university|institute|center|centre|project|times|post|journal|network|radio|television|tv)\b/i
const SENTENCE_END = /[.!?]["”’)\]]?$/
const FUNCTION_WORD = /\s(?:of|on|to|the|with|and|by|for|in|at|from|after|before|about|over|prior)\s/i
const CHROME =
  /^(?:Office of the Press Secretary|Administration of .{3,60}, \d{4}|Official - Subject to (?:Final )?Review|For Immediate Release.*|THE WHITE HOUSE|The White House)$|[•|»«]|\bskip to\b|\bmenu\b|\bsign in\b|\bsubscribe\b|\bcookies?\b|official website|here['’]s how you know|accessibility|breaking news|alert me|print this|share this|:$/i

const MAX_HEADER_PARAGRAPHS = 12

type LineKind = 'date' | 'time' | 'place' | 'person' | 'headline' | 'short' | 'other'

/**
 * Reads the header of a source: the short lines before its first speaker turn (`bodyFrom`, a transcript) or, in
 * prose, before its first paragraph of running text. A date line gives the date; the longest line that reads like
 * a headline (several words, function words, no sentence end, no page chrome) gives the title, else a short first
 * line of the text; a line that is a person's name alone gives the principal; time and place lines are
 * recognised. A paragraph made only of such lines is metadata.
 */
export function readHeader(text: string, paragraphs: Range[], bodyFrom: number | null): TextHeader {
  const header: TextHeader = { title: null, date: null, principal: null, metadata: [] }
  let fallbackTitle: string | null = null
  let embeddedDate: string | null = null
  for (let i = 0; i < paragraphs.length && i < MAX_HEADER_PARAGRAPHS; i++) {
    const p = paragraphs[i]!
    if (bodyFrom !== null && p.start >= bodyFrom) break
    const lines = text
      .slice(p.start, p.end)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
    if (lines.some((l) => CHROME.test(l))) continue
    if (bodyFrom === null && isRunningText(lines.join(' '))) {
      header.date ??= datelineOf(lines[0]!)
      break
    }
    let allMeta = true
    lines.forEach((line, k) => {
      const kind = kindOf(line)
      if (kind !== 'date' && !header.date) embeddedDate ??= dateOf(line, true)
      if (kind === 'date') header.date ??= dateOf(line)
      else if (kind === 'person') header.principal ??= personLine(line)
      else if (kind === 'headline') header.title ??= line
      else if (kind === 'short' && i === 0 && k === 0 && p.start === paragraphs[0]!.start)
        fallbackTitle = line
      if (kind === 'other') allMeta = false
    })
    if (allMeta) header.metadata.push(i)
  }
  header.title ??= fallbackTitle
  header.date ??= embeddedDate
  return header
}

function kindOf(line: string): LineKind {
  if (dateOf(line)) return 'date'
  if (line.length > 200 || SENTENCE_END.test(line)) return 'other'
  // "Russia: US Not Always Constructive in Ukraine's Affairs" is a kicker and its headline, not a speaker's turn
  // (a breadcrumb, "Home : Media : News", is neither).
  const label = matchTurnLabel(line)
  if (label)
    return titleCase(line.slice(label.end)) && !line.slice(label.end).includes(':') ? 'headline' : 'other'
  if (TIME_LINE.test(line)) return 'time'
  if (PLACE_LINE.test(line)) return 'place'
  if (CHROME.test(line) || /^\(.*\)$/.test(line)) return 'other'
  if (personLine(line)) return 'person'
  const words = line.split(' ').length
  if (!/^[\p{Lu}\d"“]/u.test(line)) return 'other'
  const capitalised = line.split(' ').filter((w) => /^[\p{Lu}\d'"“‘]/u.test(w)).length
  if ((words >= 3 && FUNCTION_WORD.test(` ${line} `)) || (words >= 5 && capitalised / words >= 0.6))
    return 'headline'
  return words <= 12 ? 'short' : 'other'
}

/** Words in title case, three or more: most of them capitalised. */
function titleCase(words: string): boolean {
  const list = words.trim().split(/\s+/).filter(Boolean)
  const capitalised = list.filter((w) => /^[\p{Lu}\d'"“‘]/u.test(w)).length
  return list.length >= 3 && capitalised / list.length >= 0.6
}

/** Running text: sentences, not header lines — two sentence ends, or one in 25 words or more. */
function isRunningText(paragraph: string): boolean {
  const ends = paragraph.match(/[.!?]["”’)]?(?=\s|$)/g)?.length ?? 0
  return ends >= 2 || (ends >= 1 && paragraph.split(' ').length >= 25)
}

/**
 * The date a short line consists of ("Tuesday, May 28, 2024", "Episode 81 – March 2, 2023", "2024-05-28"), or with
 * `within`, the date a longer header line mentions ("– in the House of Lords at 12:43 pm on 21 September 2023.").
 */
function dateOf(line: string, within = false): string | null {
  if (line.length > (within ? 120 : 60)) return null
  const m = DATE_IN_LINE.exec(line)
  if (!m) return null
  const others = line
    .replace(m[0], ' ')
    .replace(/^\s*date\s*:?/i, '')
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
  if (!within && others.length > 4) return null
  if (m[7]) return normalizeDate(`${m[7]}-${m[8]}-${m[9]}`)
  const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]]
  return normalizeDate(`${day} ${month!.replace(/\.$/, '')} ${year}`)
}

/** A news dateline opening the first paragraph: "WASHINGTON, Feb. 7, 2017 — …", "KYIV, Ukraine, March 5, 2024 -- …". */
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30})?,\\s+((?:${WEEKDAY}\\s+)?${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\s*(?:—|–|--|-)\\s`,
  'u'
)

/** The date of a news dateline (see DATELINE), or null. */
function datelineOf(line: string): string | null {
  const m = DATELINE.exec(line)
  return m ? dateOf(m[1]!) : null
}

/** "Joe Biden" alone on a line: a known first name and one or two more words, no office, no organisation. */
function personLine(line: string): string | null {
  if (line.length > 40 || NOT_A_PERSON.test(line)) return null
  const parts = classifyLabel(line)
  if (parts?.kind !== 'person' || !parts.name || parts.title || parts.caps || parts.extra.length) return null
  const words = parts.name.split(' ').filter((w) => !/^\p{Lu}\.$/u.test(w))
  if (words.length < 2 || words.length > 3 || !FIRST_NAMES.has(words[0]!.toLowerCase())) return null
  return parts.name
}
