import { MAX_TEXT } from '../../../shared/domain'
import { baseName, importError, type ImportedSource } from './imported-source'

const MAX_TITLE = 200
const MAX_AUTHOR = 200
const MAX_AUTHORS = 100
const MAX_FIELD = 500
const MAX_URL = 2000

/** Metadata as an importer finds it, before tidying. */
export interface FoundMetadata {
  title?: string | null
  publishedAt?: string | null
  authors?: string[]
  publisher?: string
  url?: string
}

/**
 * Tidies what an importer found so it fits the domain's `Document`: whitespace collapsed, empty values dropped,
 * titles and names clipped to their limits (with "…"), authors de-duplicated, the file's base name recorded.
 * Throws ImportError "<file> has 2,345,678 characters of text; the limit is 2,000,000 (split the file)".
 */
export function finishSource(
  fileName: string,
  found: FoundMetadata,
  text: string,
  pages?: ImportedSource['pages'],
  structure: Pick<ImportedSource, 'turns' | 'cues'> = {}
): ImportedSource {
  if (text.length > MAX_TEXT) {
    const n = (x: number): string => x.toLocaleString('en-US')
    throw importError(
      fileName,
      `has ${n(text.length)} characters of text; the limit is ${n(MAX_TEXT)} (split the file)`
    )
  }
  const authors: string[] = []
  for (const a of found.authors ?? []) {
    const name = clip(a, MAX_AUTHOR)
    if (name && !authors.includes(name) && authors.length < MAX_AUTHORS) authors.push(name)
  }
  const source: ImportedSource['source'] = {}
  const publisher = clip(found.publisher ?? '', MAX_FIELD)
  if (publisher) source.publisher = publisher
  if (found.url && found.url.length <= MAX_URL) source.url = found.url
  const name = clip(baseName(fileName), MAX_FIELD)
  if (name) source.fileName = name
  const out: ImportedSource = {
    title: clip(found.title ?? '', MAX_TITLE) || null,
    publishedAt: found.publishedAt ?? null,
    authors,
    source,
    text
  }
  if (pages) out.pages = pages
  if (structure.turns) out.turns = structure.turns
  if (structure.cues) out.cues = structure.cues
  return out
}

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim()
  if (t.length <= max) return t
  const cut = /[\uD800-\uDBFF]/.test(t[max - 2] ?? '') ? max - 2 : max - 1 // never split a surrogate pair
  return `${t.slice(0, cut).trimEnd()}…`
}
