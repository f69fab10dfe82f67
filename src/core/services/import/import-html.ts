import { decodeText } from './decode-text'
import { finishSource, type FoundMetadata } from './finish-source'
import { htmlToText } from './html-to-text'
import { importError, type ImportedSource, type ImportOptions } from './imported-source'
import { isHttpUrl } from './is-http-url'
import { checkImportSize } from './limits'
import { normalizeDate } from './normalize-date'
import { sanitizeHtml } from './sanitize-html'
import { throwIfAborted } from './throw-if-aborted'

/** Page chrome left out when there is neither `<article>` nor `<main>`. */
const CHROME =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]'
/** Left out even inside the article: menus and "related" boxes. */
const ASIDES = 'nav, aside, [role="navigation"], [role="complementary"]'

/**
 * Imports a saved web page. The HTML is sanitized first (see sanitizeHtml); nothing in it runs or loads.
 * - Text: the `<article>` with the most text, else `<main>`, else `<body>` without nav, header, footer and
 *   aside; block elements become paragraphs separated by blank lines (see htmlToText).
 * - Title: `<meta property="og:title">`, else `<title>`, else the first `<h1>`.
 * - Date: `<meta property="article:published_time">`, else the first `<time datetime>` (in the article first).
 * - Authors: every `<meta name="author">`. Publisher: `<meta property="og:site_name">`.
 * - URL: `<link rel="canonical">`, else `<meta property="og:url">` (absolute http(s) only).
 * - Encoding: a BOM, else `<meta charset>` / `http-equiv` content-type in the first 1024 bytes, else UTF-8.
 */
export async function importHtml(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<ImportedSource> {
  throwIfAborted(opts.signal)
  checkImportSize(bytes.byteLength, fileName)
  const { root, close } = sanitizeHtml(decodeHtml(bytes, fileName))
  try {
    throwIfAborted(opts.signal)
    const found = readHtmlMetadata(root)
    const text = htmlToText(contentRoot(root))
    if (text === '') throw importError(fileName, 'has no readable text')
    opts.onProgress?.(1, 1)
    return finishSource(fileName, found, text)
  } finally {
    close()
  }
}

/** Decodes with the charset the page declares, when it is not UTF-8 (old pages in windows-1252, Shift_JIS…). */
export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe
  const declared = hasBom ? null : declaredCharset(bytes)
  if (declared) {
    try {
      const text = new TextDecoder(declared).decode(bytes)
      if (text.trim() === '') throw importError(fileName, 'is empty')
      return text
    } catch (err) {
      if (!(err instanceof RangeError)) throw err // unknown label: fall back to UTF-8
    }
  }
  return decodeText(bytes, fileName)
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  const label = m?.[1]?.toLowerCase()
  if (!label || label === 'utf-8' || label === 'utf8') return null
  return label
}

export function readHtmlMetadata(root: Element): FoundMetadata {
  const meta = (selector: string): string | null => {
    const v = root.querySelector(selector)?.getAttribute('content')?.trim()
    return v ? v : null
  }
  const text = (el: Element | null): string | null => el?.textContent?.replace(/\s+/g, ' ').trim() || null

  const article = largestArticle(root)
  const timeEl = article?.querySelector('time[datetime]') ?? root.querySelector('time[datetime]')
  const canonical = root.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() ?? ''
  const ogUrl = meta('meta[property="og:url"]') ?? ''
  const url = [canonical, ogUrl].find((u) => isHttpUrl(u))

  const found: FoundMetadata = {
    title:
      meta('meta[property="og:title"]') ??
      text(root.querySelector('title')) ??
      text(root.querySelector('h1')),
    publishedAt:
      normalizeDate(meta('meta[property="article:published_time"]')) ??
      normalizeDate(timeEl?.getAttribute('datetime') ?? null),
    authors: Array.from(root.querySelectorAll('meta[name="author" i]'))
      .map((m) => m.getAttribute('content')?.trim() ?? '')
      .filter((a) => a !== '')
  }
  const publisher = meta('meta[property="og:site_name"]')
  if (publisher) found.publisher = publisher
  if (url) found.url = url
  return found
}

/** What to take the text from: the largest article, else main, else the body minus its chrome. */
export function contentRoot(root: Element): Element {
  const chosen = largestArticle(root) ?? root.querySelector('main, [role="main"]')
  if (chosen) {
    const copy = chosen.cloneNode(true) as Element
    for (const el of Array.from(copy.querySelectorAll(ASIDES))) el.remove()
    return copy
  }
  const body = (root.querySelector('body') ?? root).cloneNode(true) as Element
  for (const el of Array.from(body.querySelectorAll(CHROME))) el.remove()
  return body
}

function largestArticle(root: Element): Element | null {
  let best: Element | null = null
  let bestLength = 0
  for (const a of Array.from(root.querySelectorAll('article'))) {
    const length = (a.textContent ?? '').trim().length
    if (length > bestLength) {
      best = a
      bestLength = length
    }
  }
  return best
}
