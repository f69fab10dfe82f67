import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from './sanitize-html'

describe('sanitizeHtml', () => {
  it('hands back JSON-LD as text and keeps no script in the document', () => {
    const ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"H"}'
    const { root, jsonLd, close } = sanitizeHtml(
      `<html><head><script type="application/ld+json">${ld}</script><script>window.x = 1</script></head>` +
        `<body><script type="text/javascript">alert(1)</script><script type="application/ld+json">[]</script><p>Text</p></body></html>`
    )
    expect(jsonLd).toEqual([ld, '[]'])
    expect(root.querySelectorAll('script')).toHaveLength(0)
    expect(root.querySelector('body')?.textContent).toBe('Text')
    close()
  })

  it('keeps what Readability reads: meta tags, class, id, itemprop, role, aria, datetime', () => {
    const { root, close } = sanitizeHtml(
      '<html lang="fr"><head><meta property="og:site_name" content="Le Site"><meta name="author" content="A B"></head>' +
        '<body><div class="article-body" id="story" role="main" aria-hidden="true" itemprop="articleBody">' +
        '<time datetime="2024-01-02">2 Jan</time></div></body></html>'
    )
    const div = root.querySelector('div')!
    expect(root.getAttribute('lang')).toBe('fr')
    expect(root.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Le Site')
    expect(root.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('A B')
    expect([div.className, div.id, div.getAttribute('role'), div.getAttribute('aria-hidden')]).toEqual([
      'article-body',
      'story',
      'main',
      'true'
    ])
    expect(div.getAttribute('itemprop')).toBe('articleBody')
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2024-01-02')
    close()
  })

  it('marks elements hidden by an inline style as hidden and drops the style', () => {
    const { root, close } = sanitizeHtml(
      '<p id="a" style="display:none">a</p><p id="b" style="color: red; visibility : hidden !important">b</p>' +
        '<p id="c" style="display: block">c</p><p id="d" style="background: url(javascript:alert(1))">d</p>'
    )
    const hidden = (id: string): boolean => root.querySelector(`#${id}`)!.hasAttribute('hidden')
    expect([hidden('a'), hidden('b'), hidden('c'), hidden('d')]).toEqual([true, true, false, false])
    expect(root.querySelectorAll('[style]')).toHaveLength(0)
    close()
  })

  it('unwraps a <form> but drops its controls; keeps custom elements as plain containers', () => {
    const { root, close } = sanitizeHtml(
      '<form action="https://evil.example" onsubmit="alert(1)"><x-story class="s" onclick="alert(2)" data-a="1">' +
        '<p>Story</p></x-story><label>Name</label><input value="v"><button>Send</button>' +
        '<select><option>o</option></select><textarea>t</textarea></form>'
    )
    const body = root.querySelector('body')!
    expect(body.querySelector('form')).toBeNull()
    expect(body.textContent).toBe('Story')
    const story = body.querySelector('x-story')!
    expect(story.getAttribute('class')).toBe('s')
    expect(story.hasAttribute('onclick')).toBe(false)
    expect(body.innerHTML).not.toMatch(/alert|evil|onsubmit/)
    close()
  })
})
