/**
 * Strings that run code when a renderer treats text as markup. Every payload that executes sets `window.__xss`
 * (or opens a dialog), so a test only has to watch that flag and page dialogs. Each fits in a name (≤ 200 chars).
 */
export const XSS_PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.__xss=1">`,
  `<svg onload="window.__xss=1"></svg>`,
  `<svg><script>window.__xss=1</script></svg>`,
  `<script>window.__xss=1</script>`,
  `"><script>window.__xss=1</script>`,
  `'><img src=x onerror=alert(1)>`,
  `<a href="javascript:window.__xss=1">click me</a>`,
  `<a href="data:text/html,<script>parent.__xss=1</script>">data link</a>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<iframe src="javascript:parent.__xss=1"></iframe>`,
  `<details open ontoggle="window.__xss=1">`,
  `<input autofocus onfocus="window.__xss=1">`,
  `<body onload=alert(1)>`,
  `<object data="javascript:window.__xss=1"></object>`,
  `<embed src="data:text/html,<script>parent.__xss=1</script>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">`,
  `<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">`,
  `<svg><style><img src=x onerror=window.__xss=1></style></svg>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>`,
  `[markdown link](javascript:window.__xss=1)`,
  `![markdown image](x" onerror="window.__xss=1)`,
  `<div style="background:url(javascript:window.__xss=1)">`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `\${window.__xss=1}`,
  `javascript:window.__xss=1`
]

/** Link targets that must never become clickable code or content. */
export const XSS_HREFS: readonly string[] = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  'data:text/html,<script>parent.__xss=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd'
]

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An HTML page carrying every payload twice: as live markup (which import must drop) and as visible text. */
export function xssHtmlDocument(): string {
  const paragraphs = XSS_PAYLOADS.map(
    (p, i) => `<p>Claim ${i + 1} reads ${escapeHtml(p)} in full. ${p} Then it ends.</p>`
  ).join('\n')
  const links = XSS_HREFS.map((h) => `<a href="${escapeHtml(h)}">a link</a>`).join(' ')
  return `<!doctype html><html><head><title>${escapeHtml(XSS_PAYLOADS[0]!)}</title>
<script>window.__xss=1</script><meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">
<base href="javascript:window.__xss=1//"></head>
<body onload="window.__xss=1"><h1>Hostile page</h1>${paragraphs}<p>Links: ${links}.</p></body></html>`
}

/** A Markdown file with raw HTML, javascript: links and images, and autolinks. */
export function xssMarkdownDocument(): string {
  const lines = XSS_PAYLOADS.map((p, i) => `Point ${i + 1} is ${p} as written.`)
  const links = XSS_HREFS.map(
    (h, i) =>
      `See [link ${i + 1}](${h.replace(/\s/g, '%20')}) and ![image ${i + 1}](${h.replace(/\s/g, '%20')}).`
  )
  return `# Hostile markdown\n\n${lines.join('\n\n')}\n\n${links.join('\n\n')}\n\n<script>window.__xss=1</script>\n\n<javascript:window.__xss=1>\n`
}

/** TipTap rich text with each payload as text and each hostile href as a link mark. */
export function xssRichText(): { type: 'doc'; content: unknown[] } {
  return {
    type: 'doc',
    content: [
      ...XSS_PAYLOADS.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
      {
        type: 'paragraph',
        content: XSS_HREFS.map((href, i) => ({
          type: 'text',
          marks: [{ type: 'link', attrs: { href, target: '_blank' } }],
          text: `hostile link ${i + 1} `
        }))
      }
    ]
  }
}
