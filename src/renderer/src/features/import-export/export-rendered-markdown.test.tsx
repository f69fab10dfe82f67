import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { parseMarkdown, renderMarkdown } from './export-rendered-markdown'

const html = (md: string): string => renderToStaticMarkup(<>{renderMarkdown(parseMarkdown(md))}</>)

describe('renderMarkdown', () => {
  it('renders the report: headings shifted under the dialog, quotes, references, sources list', () => {
    const out = html(
      '# Title\n\n## Theme\n\n> A quote\n\n— **Name** (Role), _Doc_, 30 May 2024 [1]\n\n## Sources\n\n1. _Doc_. NYT, 30 May 2024. <https://nyt.com/a>\n\n[1]: #sources\n'
    )
    expect(out).toBe(
      '<h4 class="rendered-md__heading">Title</h4><h5 class="rendered-md__heading">Theme</h5>' +
        '<blockquote><p>A quote</p></blockquote>' +
        '<p>— <strong>Name</strong> (Role), <em>Doc</em>, 30 May 2024 <sup class="rendered-md__ref">[1]</sup></p>' +
        '<h5 class="rendered-md__heading">Sources</h5>' +
        '<ol start="1"><li><em>Doc</em>. NYT, 30 May 2024. <a href="https://nyt.com/a" target="_blank" rel="noreferrer noopener">https://nyt.com/a</a></li></ol>'
    )
  })

  it('never turns text into markup: raw HTML shows as text, unsafe links as their text', () => {
    const out = html(
      '<script>alert(1)</script>\n\nx <img src=x onerror=alert(1)> [a](javascript:alert(1)) ![i](x.png)'
    )
    expect(out).not.toMatch(/<script|<img|javascript:|href=/)
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(out).toContain('x &lt;img src=x onerror=alert(1)&gt; a i')
  })
})
