import { decodeText } from './decode-text'
import { readFieldHeader } from './field-header'
import { finishSource, type FoundMetadata } from './finish-source'
import type { ImportedSource, ImportOptions } from './imported-source'
import { isHttpUrl } from './is-http-url'
import { checkImportSize } from './limits'
import { normalizeDate } from './normalize-date'
import { throwIfAborted } from './throw-if-aborted'

/** How far into the file metadata lines are looked for. */
const HEADER_LINES = 20
/** A first line longer than this is prose, not a title. */
const MAX_TITLE_LENGTH = 120

const META_LINE = /^(title|date|published|author|authors|by|source|publisher|url)\s*:\s*(.*\S)\s*$/i
const BARE_DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\s*$/i

/**
 * Imports a plain-text file. The text is kept as written (only the BOM is dropped and line endings become LF);
 * metadata is read from it, not cut out of it.
 *
 * Metadata comes from the header: the lines before the first line of body text, within the first 20 lines.
 * - `Key: value` lines, case-insensitive: `Title`, `Date`/`Published`, `Author`/`Authors`/`By` (several
 *   separated by `;`, ` & ` or ` and `), `Publisher`, `Source` (a URL goes to `url`, anything else to
 *   `publisher`), `URL` (http and https only). Also `date 2024-03-05`.
 * - Without a `Title:` line there is no title here: the headline is found with the other header lines of every
 *   source (see readHeader), and the caller falls back to the file name. A short first line (a likely title)
 *   does not end the header, so `Key: value` lines after it are still read.
 * - Dates go through `normalizeDate`: unreadable or ambiguous dates (03/05/2024) give null.
 * - A block of such lines at the top (see readFieldHeader) is the header whatever its other keys, and is no part
 *   of the body: `bodyStart` points past it (and past the rule line that closes it).
 */
export async function importTxt(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<ImportedSource> {
  throwIfAborted(opts.signal)
  checkImportSize(bytes.byteLength, fileName)
  const text = decodeText(bytes, fileName)
  const block = readFieldHeader(text)
  const found = readTxtHeader(text, block)
  opts.onProgress?.(1, 1)
  const source = finishSource(fileName, found, text)
  return block && block.end < text.length ? { ...source, bodyStart: block.end } : source
}

type TxtMeta = FoundMetadata & { title: string | null; publishedAt: string | null; authors: string[] }

/** The metadata in a text's header (see importTxt). */
export function readTxtHeader(text: string, block = readFieldHeader(text)): FoundMetadata {
  const out: TxtMeta = { title: null, publishedAt: null, authors: [] }
  for (const { key, value } of block?.fields ?? []) applyMeta(out, key.toLowerCase(), value)
  const rest = block ? text.slice(block.end) : text
  const lines = rest.split('\n', HEADER_LINES + 1).slice(0, HEADER_LINES)
  let skippedTitle = false
  let seenBody = false
  for (let i = 0; i < lines.length && !seenBody; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const bare = BARE_DATE_LINE.exec(line)
    const m = META_LINE.exec(line)
    if (bare) out.publishedAt ??= normalizeDate(bare[1])
    else if (m) applyMeta(out, m[1]!.toLowerCase(), m[2]!)
    else if (!skippedTitle && out.title === null && looksLikeTitle(line, lines[i + 1])) skippedTitle = true
    else seenBody = true
  }
  return out
}

function applyMeta(out: TxtMeta, key: string, value: string): void {
  switch (key.replace(/\s+/g, ' ')) {
    case 'title':
      out.title ??= value
      break
    case 'date':
    case 'published':
    case 'publication date':
    case 'date published':
      // "2024-04-11 (inferred from the hearing's agenda)": the date, without the comment.
      out.publishedAt ??= normalizeDate(value) ?? normalizeDate(value.replace(/\s*\(.*\)$/, ''))
      break
    case 'author':
    case 'authors':
    case 'by':
    case 'byline':
      for (const a of value.split(/\s*;\s*|\s+&\s+|\s+and\s+/)) if (a.trim()) out.authors.push(a.trim())
      break
    case 'publisher':
      out.publisher ??= value
      break
    case 'source':
      if (isHttpUrl(value)) out.url ??= value
      else out.publisher ??= value
      break
    case 'url':
    case 'link':
    case 'source url':
    case 'original url':
      if (isHttpUrl(value)) out.url ??= value
      break
  }
}

function looksLikeTitle(line: string, next: string | undefined): boolean {
  if (line.length > MAX_TITLE_LENGTH || /[.,;:]$/.test(line)) return false
  if (/^[^:]{1,40}:\s/.test(line)) return false // "Interviewer: Hello" is a speaker turn
  if (next === undefined) return false
  const n = next.trim()
  return n === '' || META_LINE.test(n) || BARE_DATE_LINE.test(n)
}
