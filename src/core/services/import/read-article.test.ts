import { describe, expect, it } from 'vitest'
import { readArticle } from './read-article'
import { sanitizeHtml } from './sanitize-html'

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council delayed its vote on the budget, the mayor said on Tuesday.</p>`
).join('')

describe('readArticle', () => {
  it('reads the article and the metadata of JSON-LD put back as data; broken JSON-LD is ignored', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Vote delayed',
      author: { '@type': 'Person', name: 'Ann Lee' },
      publisher: { name: 'Example Times' },
      datePublished: '2024-02-01'
    })
    const { root, jsonLd, close } = sanitizeHtml(
      `<html><head><title>Vote delayed | Example Times</title><script type="application/ld+json">{broken</script>` +
        `<script type="application/ld+json">${ld}</script></head>` +
        `<body><nav><a href="/">Home</a></nav><article>${STORY}</article></body></html>`
    )
    const article = readArticle(root.ownerDocument, jsonLd)
    close()
    expect(article).toMatchObject({
      title: 'Vote delayed',
      byline: 'Ann Lee',
      siteName: 'Example Times',
      publishedTime: '2024-02-01',
      linkShare: 0
    })
    expect(article?.paragraphs).toHaveLength(6)
    expect(article?.paragraphs[0]).toMatch(/^Paragraph 1: /)
  })

  it('reports how much of what it found is links, and null when there is no text', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/${i}">Section ${i}</a></li>`).join('')
    const menu = sanitizeHtml(`<html><body><ul>${links}</ul></body></html>`)
    expect(readArticle(menu.root.ownerDocument, [])?.linkShare).toBeGreaterThan(0.9)
    const empty = sanitizeHtml('<html><body><img src="x.png"></body></html>')
    expect(readArticle(empty.root.ownerDocument, [])).toBeNull()
  })
})
