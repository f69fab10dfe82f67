import { describe, expect, it } from 'vitest'
import { importHtml } from './import-html'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

const page = (body: string, head = ''): Uint8Array =>
  enc(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`)

describe('importHtml', () => {
  it('reads the article and the page metadata', async () => {
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
      text: [
        'The debate',
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

  it('falls back to <main>, then to the body without its chrome; title from <title>, then <h1>', async () => {
    const main = await importHtml(
      page('<nav>Menu</nav><main><p>Main text</p></main><p>Outside</p>', '<title>T</title>'),
      'a.html'
    )
    expect(main).toMatchObject({ title: 'T', text: 'Main text' })
    const body = await importHtml(
      page(
        '<header>Top</header><div><h1>Heading</h1><p>Body text <time datetime="2023-01-02">2 Jan</time></p></div><footer>Foot</footer><aside>Side</aside>'
      ),
      'b.htm'
    )
    expect(body).toMatchObject({
      title: 'Heading',
      publishedAt: '2023-01-02',
      text: 'Heading\n\nBody text 2 Jan'
    })
  })

  it('takes the largest of several articles', async () => {
    const src = await importHtml(
      page('<article><p>Teaser</p></article><article><p>The long main story</p></article>'),
      'a.html'
    )
    expect(src.text).toBe('The long main story')
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
      'onclick'
    ]) {
      expect(src.text).not.toContain(bad)
    }
    expect(src.title).toBe('Hostile')
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
