import { Readability } from '@mozilla/readability'
import { htmlToParagraphs } from './html-to-text'
import { linkTextShare } from './link-text-share'

/**
 * Readability runs on pages nesting at most this deep. Its time grows much faster than the depth (on jsdom,
 * one paragraph under 250 nested `<div>`s takes ~2 s, under 1,000 over 30 s); the deepest of 212 real news
 * pages measured nests 49 levels.
 */
export const MAX_READABILITY_DEPTH = 200

/**
 * Readability retries with looser rules (keeping more furniture, and a byline it had set aside) while its
 * article is shorter than this; its default is 500 characters. Measured on scrapinghub's 181-page
 * article-extraction benchmark: 250 scores as 500 on 180 pages and better on one; 100 loses two articles.
 */
const CHAR_THRESHOLD = 250

export interface ReadableArticle {
  /** The article's paragraphs (see htmlToParagraphs). */
  paragraphs: string[]
  /** The share of the article's text that is link text (a list of links is no article). */
  linkShare: number
  title: string | null
  byline: string | null
  siteName: string | null
  publishedTime: string | null
}

/**
 * Finds the article in a sanitized page with Mozilla's Readability (the engine of Firefox's Reader View), or
 * null when it finds no text at all. Readability rearranges the document: run it last, on a document nothing
 * else reads afterwards.
 *
 * `jsonLd` is the text of the page's JSON-LD blocks, which sanitizing removed with the other scripts:
 * those that JSON.parse accepts are put back, re-serialized, as inert `<script type="application/ld+json">`
 * data blocks, for Readability's metadata (headline, authors, publisher, date). The document belongs to a
 * jsdom window that runs no script, and Readability itself only JSON.parses them, then removes them.
 */
export function readArticle(doc: Document, jsonLd: readonly string[]): ReadableArticle | null {
  const head = doc.head ?? doc.documentElement
  for (const text of jsonLd) {
    const data = parseJsonLd(text)
    if (data === undefined) continue
    const block = doc.createElement('script')
    block.setAttribute('type', 'application/ld+json')
    block.textContent = JSON.stringify(data)
    head.appendChild(block)
  }
  const result = new Readability<Element>(doc, {
    serializer: (el) => el as Element,
    charThreshold: CHAR_THRESHOLD
  }).parse()
  const content = result?.content
  if (!result || !content) return null
  return {
    paragraphs: htmlToParagraphs(content),
    linkShare: linkTextShare(content),
    title: result.title?.trim() || null,
    byline: result.byline?.trim() || null,
    siteName: result.siteName?.trim() || null,
    publishedTime: result.publishedTime?.trim() || null
  }
}

/** A JSON-LD block's data, or undefined when it is not JSON (stray CDATA markers allowed, as Readability does). */
function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as unknown
  } catch {
    return undefined
  }
}
