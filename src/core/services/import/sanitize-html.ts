import DOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'

/** Elements removed together with everything inside them. */
const DROPPED = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'button',
  'select',
  'textarea',
  'label',
  'canvas',
  'audio',
  'video'
]
/**
 * Removed, but what they hold is kept: many saved pages (ASP.NET sites, some news CMSs) wrap the whole page in
 * one `<form>`. Its controls are dropped (above, and `<input>` holds no text).
 */
const UNWRAPPED = ['form']

/** Inline styles that hide an element; they become the `hidden` attribute, as the style attribute is dropped. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i
const JSON_LD_TYPE = /^\s*application\/ld\+json\s*$/i
/** At most this many JSON-LD blocks, each at most this long, are kept for reading metadata. */
const MAX_JSON_LD = 20
const MAX_JSON_LD_CHARS = 1_000_000

export interface SanitizedHtml {
  /** The `<html>` element of the sanitized document: no scripts, handlers, frames, forms, SVG or MathML. */
  root: Element
  /**
   * The text of each `<script type="application/ld+json">` block (structured metadata: headline, author,
   * publisher, dates), captured as the script elements are removed. Data only: parse it with JSON.parse.
   */
  jsonLd: string[]
  /** Frees the jsdom window. */
  close: () => void
}

/**
 * Sanitizes untrusted HTML with DOMPurify on a jsdom window, before anything reads it. jsdom runs with its
 * defaults: scripts are not run and no subresource (image, stylesheet, frame) is fetched; DOMPurify's own
 * parse happens in an inert document. What survives:
 * - HTML elements only (the `html` profile drops `<svg>` and `<math>` and their contents), and custom
 *   elements (`<x-story>`) with the standard attributes;
 * - no `<script>`, `<style>`, `<iframe>` (with its `srcdoc`), `<object>`, `<embed>`, form controls (button,
 *   select, textarea, label), `<noscript>` or `<template>`, with their contents; a `<form>` element is removed
 *   but its content kept;
 * - no event-handler attributes and no `javascript:` (or other non-http-like) URLs;
 * - in `<head>`: `<title>`, and `<meta>`/`<link>` for their `name`, `property`, `content`, `rel` and `href`, so
 *   that the title, date, author and canonical URL can be read; `itemprop` and ARIA attributes are kept too;
 * - an inline style that hides an element (`display: none`, `visibility: hidden`) becomes `hidden`;
 * - JSON-LD blocks are removed like any script, their text handed back in `jsonLd`.
 * The result is only read, never rendered.
 */
export function sanitizeHtml(html: string): SanitizedHtml {
  const dom = new JSDOM('')
  const purify = DOMPurify(dom.window)
  const jsonLd: string[] = []
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (node.nodeType !== 1) return
    const el = node as Element
    if (data.tagName === 'script') {
      const text = el.textContent ?? ''
      const isJsonLd = JSON_LD_TYPE.test(el.getAttribute('type') ?? '')
      if (isJsonLd && jsonLd.length < MAX_JSON_LD && text.length <= MAX_JSON_LD_CHARS) jsonLd.push(text)
    } else if (HIDING_STYLE.test(el.getAttribute('style') ?? '')) {
      el.setAttribute('hidden', '')
    }
  })
  const root = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    USE_PROFILES: { html: true },
    ADD_TAGS: ['title', 'meta', 'link'],
    ADD_ATTR: ['content', 'property', 'rel', 'datetime', 'itemprop'],
    // Values like "og:title" or "article:published_time" read as URL schemes; these attributes are never URLs.
    ADD_URI_SAFE_ATTR: ['content', 'property', 'datetime', 'itemprop'],
    // Custom elements (`<article-body>`, `<gu-island>`) stay as inert containers: no script defines them here,
    // and unwrapping them changes the page's structure, which Readability scores. They get no extra attributes.
    CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^[a-z]/, allowCustomizedBuiltInElements: false },
    FORBID_TAGS: [...DROPPED, ...UNWRAPPED],
    FORBID_ATTR: ['style', 'srcdoc', 'http-equiv'],
    ADD_FORBID_CONTENTS: DROPPED
  })
  // With WHOLE_DOCUMENT and RETURN_DOM, DOMPurify returns the document's <html> element.
  return { root: root as Element, jsonLd, close: () => dom.window.close() }
}
