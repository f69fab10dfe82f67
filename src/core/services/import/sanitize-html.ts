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
  'form',
  'noscript',
  'template',
  'button',
  'select',
  'textarea',
  'canvas',
  'audio',
  'video'
]

export interface SanitizedHtml {
  /** The `<html>` element of the sanitized document: no scripts, handlers, frames, forms, SVG or MathML. */
  root: Element
  /** Frees the jsdom window. */
  close: () => void
}

/**
 * Sanitizes untrusted HTML with DOMPurify on a jsdom window, before anything reads it. jsdom runs with its
 * defaults: scripts are not run and no subresource (image, stylesheet, frame) is fetched; DOMPurify's own
 * parse happens in an inert document. What survives:
 * - HTML elements only (the `html` profile drops `<svg>` and `<math>` and their contents);
 * - no `<script>`, `<style>`, `<iframe>` (with its `srcdoc`), `<object>`, `<embed>`, `<form>` (and its
 *   controls), `<noscript>` or `<template>`, with their contents;
 * - no event-handler attributes and no `javascript:` (or other non-http-like) URLs;
 * - in `<head>`: `<title>`, and `<meta>`/`<link>` for their `name`, `property`, `content`, `rel` and `href`, so
 *   that the title, date, author and canonical URL can be read. The result is only read, never rendered.
 */
export function sanitizeHtml(html: string): SanitizedHtml {
  const dom = new JSDOM('')
  const purify = DOMPurify(dom.window)
  const root = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    USE_PROFILES: { html: true },
    ADD_TAGS: ['title', 'meta', 'link'],
    ADD_ATTR: ['content', 'property', 'rel', 'datetime'],
    // Values like "og:title" or "article:published_time" read as URL schemes; these attributes are never URLs.
    ADD_URI_SAFE_ATTR: ['content', 'property', 'datetime'],
    FORBID_TAGS: DROPPED,
    FORBID_ATTR: ['style', 'srcdoc', 'http-equiv'],
    ADD_FORBID_CONTENTS: DROPPED
  })
  // With WHOLE_DOCUMENT and RETURN_DOM, DOMPurify returns the document's <html> element.
  return { root: root as Element, close: () => dom.window.close() }
}
