import { bylineAuthors } from './byline-authors'
import { decodeText } from './decode-text'
import { finishSource, type FoundMetadata } from './finish-source'
import { htmlNestingDepth, MAX_NESTING_DEPTH } from './html-nesting-depth'
import { htmlToParagraphs } from './html-to-text'
import { importError, type ImportedSource, type ImportOptions } from './imported-source'
import { isHttpUrl } from './is-http-url'
import { linkTextShare } from './link-text-share'
import { checkImportSize } from './limits'
import { normalizeDate } from './normalize-date'
import { pageChrome, type PageChrome } from './page-chrome'
import { MAX_READABILITY_DEPTH, readArticle, type ReadableArticle } from './read-article'
import { sanitizeHtml } from './sanitize-html'
import { throwIfAborted } from './throw-if-aborted'

/** Above this share of furniture text (or of link text), what Readability found is not an article. */
const MAX_CHROME_SHARE = 0.5

/**
 * Imports a saved web page: its article text and nothing else. Before any DOM is built, a page nesting
 * deeper than MAX_NESTING_DEPTH is refused; then the HTML is sanitized (see sanitizeHtml): nothing in it runs
 * or loads.
 * - Text: a page with furniture (menus, header, footer, cookie banner; see pageChrome) gives the article
 *   Readability finds in it, and is refused ("has no readable article text") when Readability finds nothing,
 *   or only furniture or links. A page without furniture (a note, a transcript saved as HTML) gives all its
 *   text, whatever its length, unless it is mostly links. A page nesting deeper than MAX_READABILITY_DEPTH
 *   (no real page measured comes near) is not given to Readability, which gets very slow there: it gives its
 *   text without its furniture. Block elements become paragraphs separated by blank lines (see htmlToText).
 * - Title, authors (from the byline, see bylineAuthors), publisher and date: Readability's (JSON-LD, then
 *   `<meta>` tags, then the page), else the page's own: `og:title`, `<title>`, `<h1>`;
 *   `<meta name="author">`; `og:site_name`; `article:published_time`, `<time datetime>`.
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
  const html = decodeHtml(bytes, fileName)
  const depth = htmlNestingDepth(html, MAX_NESTING_DEPTH)
  if (depth > MAX_NESTING_DEPTH) {
    throw importError(fileName, `nests deeper than ${MAX_NESTING_DEPTH.toLocaleString('en-US')} levels`)
  }
  throwIfAborted(opts.signal)
  const { root, jsonLd, close } = sanitizeHtml(html)
  try {
    throwIfAborted(opts.signal)
    const stated = readHtmlMetadata(root)
    const body = root.querySelector('body') ?? root
    const all = htmlToParagraphs(body)
    if (all.length === 0) throw importError(fileName, 'has no readable text')
    const chrome = pageChrome(body)
    const mostlyLinks = linkTextShare(body) > MAX_CHROME_SHARE
    const deep = depth > MAX_READABILITY_DEPTH
    throwIfAborted(opts.signal)
    // Readability rearranges the page: everything else is read before it runs.
    const article = deep ? null : readArticle(root.ownerDocument, jsonLd)
    let paragraphs: string[] | null
    if (!chrome.found) {
      paragraphs = mostlyLinks ? null : all
    } else if (!deep) {
      paragraphs = articleParagraphs(article, chrome)
    } else {
      for (const el of chrome.elements) el.remove()
      paragraphs = htmlToParagraphs(body)
    }
    if (!paragraphs || paragraphs.length === 0) throw importError(fileName, 'has no readable article text')
    opts.onProgress?.(1, 1)
    return finishSource(fileName, mergeMetadata(stated, article), paragraphs.join('\n\n'))
  } finally {
    close()
  }
}

/**
 * The article's paragraphs without those that are, whole, a paragraph of the page's furniture (Readability
 * keeps a short page's menu); null when there is no article, or it is mostly furniture or links.
 */
function articleParagraphs(article: ReadableArticle | null, chrome: PageChrome): string[] | null {
  if (!article || article.paragraphs.length === 0 || article.linkShare > MAX_CHROME_SHARE) return null
  let total = 0
  let furniture = 0
  for (const p of article.paragraphs) {
    total += p.length
    if (chrome.contains(p)) furniture += p.length
  }
  if (furniture > total * MAX_CHROME_SHARE) return null
  const kept = article.paragraphs.filter((p) => !chrome.has(p))
  return kept.length > 0 ? kept : null
}

function mergeMetadata(stated: FoundMetadata, article: ReadableArticle | null): FoundMetadata {
  const named = (stated.authors ?? []).flatMap(bylineAuthors)
  const byline = article?.byline ? bylineAuthors(article.byline) : []
  // Readability keeps only the last of several <meta name="author">: when its byline is one of them, keep all.
  const authors =
    named.length > 1 && byline.every((a) => named.includes(a)) ? named : byline.length > 0 ? byline : named
  const found: FoundMetadata = {
    title: article?.title ?? stated.title ?? null,
    publishedAt: normalizeDate(article?.publishedTime ?? null) ?? stated.publishedAt ?? null,
    authors
  }
  const publisher = article?.siteName ?? stated.publisher
  if (publisher) found.publisher = publisher
  if (stated.url) found.url = stated.url
  return found
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

/** The metadata a page states in its `<head>` (and its first `<time datetime>`), before Readability runs. */
export function readHtmlMetadata(root: Element): FoundMetadata {
  const meta = (selector: string): string | null => {
    const v = root.querySelector(selector)?.getAttribute('content')?.trim()
    return v ? v : null
  }
  const text = (el: Element | null): string | null => el?.textContent?.replace(/\s+/g, ' ').trim() || null

  const timeEl = root.querySelector('article time[datetime]') ?? root.querySelector('time[datetime]')
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
