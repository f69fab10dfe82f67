import { describe, expect, it, vi } from 'vitest'
import { importHtml } from './import-html'
import { sanitizeHtml } from './sanitize-html'

vi.mock('./sanitize-html', async (importOriginal) => {
  const original = await importOriginal<typeof import('./sanitize-html')>()
  return { ...original, sanitizeHtml: vi.fn(original.sanitizeHtml) }
})

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

const page = (body: string, head = ''): Uint8Array =>
  enc(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`)

/** A news site's furniture around whatever `main` is. */
const site = (main: string): string => `
  <header class="site-header"><a href="/">Daily Example</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
  <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav>
  <div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse you accept our use of cookies.</p></div>
  ${main}
  <aside class="related"><h3>Most read</h3><ul><li><a href="/x">Ten things about trains</a></li></ul></aside>
  <footer><p>© 2024 Daily Example. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>`

const STORY = [
  'The city council delayed its vote on the budget until March, the mayor said on Tuesday.',
  'Members asked for more time to read the proposal, which runs to four hundred pages.',
  '“We will not vote on something we have not read,” said councillor Ann Lee.'
]

describe('importHtml', () => {
  it('reads the article and the page metadata, keeping its paragraphs, lists, tables and preformatted text', async () => {
    const head = [
      '<title>Site | The debate</title>',
      '<meta property="og:title" content="The debate">',
      '<meta property="og:site_name" content="Example News">',
      '<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">',
      '<meta name="author" content="Ann Lee"><meta name="author" content="Bob Ray">',
      '<link rel="canonical" href="https://news.example.org/debate">'
    ].join('')
    const body = `<header>Site header</header><nav><a href="/">Home</a></nav>
      <article><h1>The   debate</h1><p>First
      paragraph with <b>bold</b>&nbsp;text.</p><aside>Related: other stories</aside>
      <ul><li>One</li><li>Two</li></ul><p>Line<br>break</p>
      <table><tr><th>Name</th><th>Votes</th></tr><tr><td>Yes</td><td>12</td></tr></table>
      <pre>  code
    kept</pre><img src="chart.png" alt="A chart"></article><footer>Copyright</footer>`
    expect(await importHtml(page(body, head), 'saved/debate.html')).toEqual({
      title: 'The debate',
      publishedAt: '2024-03-05T09:30:00+01:00',
      authors: ['Ann Lee', 'Bob Ray'],
      source: { publisher: 'Example News', url: 'https://news.example.org/debate', fileName: 'debate.html' },
      // The heading repeats the title (Readability drops it); the aside, header, nav and footer are furniture.
      text: [
        'First paragraph with bold text.',
        'One',
        'Two',
        'Line\nbreak',
        'Name\tVotes',
        'Yes\t12',
        '  code\n    kept'
      ].join('\n\n')
    })
  })

  it('takes a short article out of its furniture: menus, cookie banner, related box and footer', async () => {
    const src = await importHtml(
      page(
        site(
          `<article><h1>Council delays its vote on the budget</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`
        ),
        '<title>Council delays its vote on the budget | Daily Example</title>'
      ),
      'council.html'
    )
    expect(src.title).toBe('Council delays its vote on the budget')
    expect(src.text).toBe(STORY.join('\n\n'))
  })

  it('reads title, authors, publisher and date from JSON-LD, which never reaches the text', async () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Storm hits the coast',
      author: [
        { '@type': 'Person', name: 'Ann Lee' },
        { '@type': 'Person', name: 'Bob Ray' }
      ],
      publisher: { '@type': 'Organization', name: 'Example Times' },
      datePublished: '2024-02-01T08:00:00Z'
    })
    const src = await importHtml(
      page(
        site(`<article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`),
        `<title>Storm hits the coast - Example Times</title><script type="application/ld+json">${jsonLd}</script>`
      ),
      'storm.html'
    )
    expect(src).toMatchObject({
      title: 'Storm hits the coast',
      authors: ['Ann Lee', 'Bob Ray'],
      publishedAt: '2024-02-01T08:00:00Z',
      source: { publisher: 'Example Times' },
      text: STORY.join('\n\n')
    })
  })

  it('takes the authors from a printed byline ("By A and B", date after) and leaves it out of the text', async () => {
    const article = `<article><h1>Council delays vote</h1>
      <p class="byline">By Ann Lee and Bob Ray<br>March 5, 2024</p>${STORY.map((p) => `<p>${p}</p>`).join('')}
      <p>The budget will be debated again on <time datetime="2024-03-12">12 March</time>.</p></article>`
    const src = await importHtml(page(site(article), '<title>Council delays vote</title>'), 'byline.html')
    expect(src.authors).toEqual(['Ann Lee', 'Bob Ray'])
    expect(src.publishedAt).toBe('2024-03-12')
    expect(src.text).not.toContain('By Ann Lee')
    expect(src.text).toContain(STORY[2])
  })

  it('keeps all the text of a page without furniture: a note, a transcript, a single paragraph', async () => {
    const note = await importHtml(
      page(
        '<h1>Visit notes</h1><p>Met the delegation at nine.</p><p>Two issues raised.</p>',
        '<title>Visit notes</title>'
      ),
      'note.html'
    )
    expect(note).toMatchObject({
      title: 'Visit notes',
      text: 'Visit notes\n\nMet the delegation at nine.\n\nTwo issues raised.'
    })
    const lines = [
      'CHAIR: We will begin.',
      'SMITH: Thank you',
      'CHAIR: Please state your name',
      'SMITH: John Smith'
    ]
    const transcript = await importHtml(
      page(`<h2>Hearing, 4 May</h2>${lines.map((l) => `<div>${l}</div>`).join('')}`),
      'hearing.htm'
    )
    expect(transcript.text).toBe(['Hearing, 4 May', ...lines].join('\n\n'))
    expect((await importHtml(page('<p>Hi</p>'), 'hi.html')).text).toBe('Hi')
  })

  it('refuses a page with no article: only furniture, or only links', async () => {
    await expect(importHtml(page(site('')), 'chrome.html')).rejects.toThrow(
      'chrome.html has no readable article text'
    )
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/s/${i}">Section number ${i}</a>`).join(
      ' | '
    )
    await expect(importHtml(page(`<div>${links}</div>`), 'links.html')).rejects.toThrow(
      'links.html has no readable article text'
    )
  })

  it('keeps the content of a page wrapped in one <form>, without its controls', async () => {
    const body = `<form id="aspnetForm" action="/post"><div class="header"><a href="/">Home</a></div>
      <div id="content">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
      <label for="q">Search the site</label><input id="q" value="query"><button>Go</button></form>`
    const src = await importHtml(page(body), 'aspnet.html')
    expect(src.text).toBe(STORY.join('\n\n'))
  })

  it('leaves out what the page hides with an inline style', async () => {
    const body = site(
      `<article>${STORY.map((p) => `<p>${p}</p>`).join('')}<p style="color: red; display: none">Hidden teaser text.</p></article>`
    )
    expect((await importHtml(page(body), 'hidden.html')).text).toBe(STORY.join('\n\n'))
  })

  it('refuses a page nesting deeper than 1,000 levels before building any DOM', async () => {
    vi.mocked(sanitizeHtml).mockClear()
    const deep = page(`${'<div>'.repeat(20_000)}<p>Deep text.</p>${'</div>'.repeat(20_000)}`)
    expect(deep.byteLength).toBeGreaterThan(200_000)
    const started = performance.now()
    await expect(importHtml(deep, 'deep.html')).rejects.toThrow('deep.html nests deeper than 1,000 levels')
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(sanitizeHtml).not.toHaveBeenCalled()
  })

  it('imports a page nesting 990 levels quickly, without Readability, and without its furniture', async () => {
    const text = 'A deeply nested paragraph of the page. '.repeat(20).trim()
    const html = `<nav><a href="/">Home</a></nav>${'<div>'.repeat(990)}<p>${text}</p>${'</div>'.repeat(990)}`
    const started = performance.now()
    expect((await importHtml(page(html), 'nested.html')).text).toBe(text)
    expect(performance.now() - started).toBeLessThan(15_000)
  })

  it('neutralises hostile HTML: no script, handler, style or frame content reaches the text', async () => {
    const hostile = `
      <article>
        <p>Safe text one.</p>
        <img src=x onerror=alert('img-handler')>
        <svg onload="alert('svg-handler')"><text>svg-text</text></svg>
        <p><a href="javascript:alert('js-url')">Link text</a> stays.</p>
        <iframe srcdoc="<script>alert('srcdoc')</script><p>frame-text</p>">iframe-fallback</iframe>
        <script>alert('script-body')</script>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"<img src=x onerror=alert('ld-json')>"}</script>
        <style>p { background: url(javascript:alert('style-body')) }</style>
        <object data="x.swf">object-fallback</object><embed src="x.swf">
        <form action="https://evil.example"><input value="form-value"><button>form-button</button><label>form-label</label></form>
        <noscript>noscript-text</noscript><template>template-text</template>
        <p onclick="alert('p-handler')" style="color:red">Safe text two.</p>
        <math><mi>math-text</mi></math>
      </article>`
    const src = await importHtml(
      page(hostile, `<script>alert('head-script')</script><style>.x{}</style><title>Hostile</title>`),
      'evil.html'
    )
    expect(src.text).toBe('Safe text one.\n\nLink text stays.\n\nSafe text two.')
    for (const bad of [
      'alert',
      'handler',
      'javascript',
      'srcdoc',
      'script',
      'style',
      'svg-text',
      'frame',
      'object',
      'form-',
      'noscript',
      'template',
      'math-text',
      'onclick',
      'ld-json'
    ]) {
      expect(src.text).not.toContain(bad)
    }
    // JSON-LD is data: its headline is taken as a plain string, never parsed as markup.
    expect(src.title).toBe("<img src=x onerror=alert('ld-json')>")
  })

  it('drops a javascript: canonical URL and keeps an http one from og:url', async () => {
    const head =
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://ex.org/p">'
    expect((await importHtml(page('<p>x</p>', head), 'a.html')).source.url).toBe('https://ex.org/p')
    const onlyBad =
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(2)">'
    expect((await importHtml(page('<p>x</p>', onlyBad), 'a.html')).source.url).toBeUndefined()
  })

  it('decodes a page that declares a legacy charset', async () => {
    const latin1 = new Uint8Array([
      ...enc('<html><head><meta charset="windows-1252"></head><body><p>caf'),
      0xe9,
      ...enc('</p></body></html>')
    ])
    expect((await importHtml(latin1, 'old.html')).text).toBe('café')
  })

  it('rejects a page without readable text, an empty file and invalid UTF-8', async () => {
    await expect(importHtml(page('<script>alert(1)</script><img src=x>'), 'blank.html')).rejects.toThrow(
      'blank.html has no readable text'
    )
    await expect(importHtml(enc(''), 'e.html')).rejects.toThrow('e.html is empty')
    await expect(importHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9]), 'x.html')).rejects.toThrow(
      'x.html is not valid UTF-8 (byte 3)'
    )
  })
})
