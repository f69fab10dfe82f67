import { htmlToParagraphs } from './html-to-text'

/** Landmarks of page furniture: menus, mastheads, footers, side boxes, dialogs (cookie and sign-up prompts). */
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'DIALOG', 'MENU'])
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar'
])
/** Class or id words of page furniture. */
const CHROME_NAMES =
  /cookie|consent|gdpr|banner|newsletter|subscri|popup|modal|nav|menu|breadcrumb|sidebar|header|footer|masthead|social|share|related|promo|advert|copyright|signup|sign-up|login/i
/** Class or id words of content: "content-with-sidebar", "article-header" are not furniture (as in Readability). */
const CONTENT_NAMES = /and|article|body|column|content|main|shadow|story|entry|post|text/i
/** An element holding any of these holds the page's content, whatever its name says. */
const CONTENT = 'article, main, [role="main" i], [itemprop~="articleBody" i]'

export interface PageChrome {
  /** The outermost furniture elements, in document order. */
  elements: Element[]
  /** Whether the page has any furniture at all (a hand-written note or a saved transcript has none). */
  found: boolean
  /** Tells whether a paragraph of text is (part of) some furniture's text. */
  contains: (paragraph: string) => boolean
  /** Tells whether a paragraph of text is, whole, one of the furniture's paragraphs. */
  has: (paragraph: string) => boolean
}

/**
 * The furniture of a sanitized page, found by landmark elements and roles and by class and id names
 * ("cookie-banner", "site-footer"…, outside the `<article>` or `<main>`); an element that holds the page's `<article>` or `<main>`, or more than
 * half of its text, is a wrapper, not furniture. Read it before anything rearranges the page.
 */
export function pageChrome(body: Element): PageChrome {
  const bodyLength = (body.textContent ?? '').length
  const chrome: Element[] = []
  const stack: [Element, boolean][] = Array.from(body.children, (el): [Element, boolean] => [
    el,
    false
  ]).reverse()
  while (stack.length > 0) {
    const [el, inContent] = stack.pop()!
    if (
      isChrome(el, inContent) &&
      !el.querySelector(CONTENT) &&
      (el.textContent ?? '').length * 2 <= bodyLength
    ) {
      chrome.push(el)
    } else {
      const content = inContent || el.matches(CONTENT)
      for (let i = el.children.length - 1; i >= 0; i--) stack.push([el.children[i]!, content])
    }
  }
  const paragraphs = chrome.flatMap((el) => htmlToParagraphs(el))
  const text = paragraphs.join('\n\n')
  const whole = new Set(paragraphs)
  return {
    elements: chrome,
    found: chrome.length > 0,
    contains: (paragraph) => paragraph !== '' && text.includes(paragraph),
    has: (paragraph) => whole.has(paragraph)
  }
}

/** Landmarks anywhere (but an article's own `<header>`); class or id names only outside the article. */
function isChrome(el: Element, inContent: boolean): boolean {
  const tag = el.tagName.toUpperCase()
  if (CHROME_TAGS.has(tag)) return !(inContent && tag === 'HEADER') // an article's header holds its dek and byline
  if (CHROME_ROLES.has((el.getAttribute('role') ?? '').trim().toLowerCase())) return true
  if (el.getAttribute('aria-modal')?.toLowerCase() === 'true') return true
  if (inContent) return false
  const named = `${el.getAttribute('class') ?? ''} ${el.id}`
  return CHROME_NAMES.test(named) && !CONTENT_NAMES.test(named)
}
