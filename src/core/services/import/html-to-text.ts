/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL'
])
/** Elements whose content is never text of the page. */
const SKIPPED = new Set([
  'HEAD',
  'TITLE',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IMG',
  'PICTURE',
  'SVG',
  'MATH'
])

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

/**
 * The readable text of an element: each block element (p, h1–h6, li, blockquote, div, tr…) becomes a
 * paragraph, paragraphs are separated by one blank line. Inside a paragraph whitespace collapses as a browser
 * would (no-break spaces become spaces), `<br>` is a line break, table cells are separated by a tab (blocks
 * inside a cell by a space), `<pre>` keeps its whitespace. Images and
 * elements with the `hidden` attribute contribute nothing. Use it on sanitized HTML only.
 */
export function htmlToText(root: Node): string {
  return htmlToParagraphs(root).join('\n\n')
}

export function htmlToParagraphs(root: Node): string[] {
  const paragraphs: string[] = []
  let current = ''
  let currentIsPre = false

  const flush = (): void => {
    const text = currentIsPre ? trimBlankLines(current) : tidy(current)
    if (text !== '') paragraphs.push(text)
    current = ''
    currentIsPre = false
  }

  const walk = (node: Node, inPre: boolean, inCell: boolean): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const value = node.nodeValue ?? ''
      current += inPre ? value : value.replace(/[ \t\n\f\r\u00a0]+/g, ' ')
      if (inPre && value !== '') currentIsPre = true
      return
    }
    if (node.nodeType !== ELEMENT_NODE) {
      if (node.nodeType === 9 || node.nodeType === 11)
        for (const c of Array.from(node.childNodes)) walk(c, inPre, inCell)
      return
    }
    const el = node as Element
    const tag = el.tagName.toUpperCase()
    if (SKIPPED.has(tag) || el.hasAttribute('hidden')) return
    if (tag === 'BR') {
      current += '\n'
      return
    }
    const cell = tag === 'TD' || tag === 'TH'
    if (cell && !inCell && current.trim() !== '' && !current.endsWith('\t')) current += '\t'
    // Blocks inside a table cell (Word puts a <p> in every cell) separate words, not paragraphs.
    const block = BLOCKS.has(tag)
    const separate = (): void => {
      if (!block) return
      if (!inCell) flush()
      else if (current !== '' && !/[\s]$/.test(current)) current += ' '
    }
    separate()
    const pre = inPre || tag === 'PRE' || tag === 'TEXTAREA' || tag === 'LISTING' || tag === 'XMP'
    for (const child of Array.from(el.childNodes)) walk(child, pre, inCell || cell)
    separate()
  }

  walk(root, false, false)
  flush()
  return paragraphs
}

/** Collapses spaces (and those around a cell's tab), trims each line of a paragraph (from `<br>`), drops empty lines. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((line) =>
      line
        .replace(/ {2,}/g, ' ')
        .replace(/ *\t */g, '\t')
        .replace(/^[ \t]+|[ \t]+$/g, '')
    )
    .filter((line) => line !== '')
    .join('\n')
}

function trimBlankLines(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\s+$/, '')
}
