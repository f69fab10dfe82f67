import { describe, expect, it } from 'vitest'
import { pageChrome } from './page-chrome'
import { sanitizeHtml } from './sanitize-html'

const chromeOf = (body: string): ReturnType<typeof pageChrome> => {
  const { root } = sanitizeHtml(`<html><body>${body}</body></html>`)
  return pageChrome(root.querySelector('body')!)
}

const ARTICLE =
  '<p>The council delayed its vote on the budget until March, the mayor said on Tuesday.</p>'.repeat(5)

describe('pageChrome', () => {
  it('finds landmarks, roles and furniture named by class or id', () => {
    const chrome = chromeOf(
      `<nav>Home</nav><div role="banner">Masthead</div><div class="cookie-consent">We use cookies</div>` +
        `<div id="site-footer">Contact us</div><article>${ARTICLE}</article>`
    )
    expect(chrome.found).toBe(true)
    expect(chrome.elements.map((e) => e.textContent)).toEqual([
      'Home',
      'Masthead',
      'We use cookies',
      'Contact us'
    ])
    expect(chrome.has('We use cookies')).toBe(true)
    expect(chrome.contains('cookies')).toBe(true)
    expect(chrome.contains('The council delayed its vote')).toBe(false)
  })

  it('does not take a wrapper of the content for furniture', () => {
    const wrapped = chromeOf(
      `<div class="content-with-sidebar">${ARTICLE}</div><div class="page-header"><article>${ARTICLE}</article></div>` +
        `<div class="sidebar-wrap">${ARTICLE}${ARTICLE}${ARTICLE}</div>`
    )
    expect(wrapped.found).toBe(false)
  })

  it("keeps an article's own header and class names inside the article; its nav is still furniture", () => {
    const chrome = chromeOf(
      `<article><header><h1>Title</h1><p>The dek of the story</p></header><div class="share-tools">Share</div>` +
        `${ARTICLE}<nav>Tags: budget</nav></article>`
    )
    expect(chrome.elements.map((e) => e.textContent)).toEqual(['Tags: budget'])
  })

  it('finds nothing on a page without furniture', () => {
    expect(chromeOf('<h1>Notes</h1><p>One</p><div class="WordSection1"><p>Two</p></div>').found).toBe(false)
  })
})
