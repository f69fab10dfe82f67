import { XMLParser } from 'fast-xml-parser'

/** A node of fast-xml-parser's `preserveOrder` output: `{ 'text:p': [...children], ':@': { attrs } }` or text. */
type XmlNode = Record<string, unknown>

/**
 * An XML parser for OpenDocument parts: order kept (mixed content), nothing trimmed or converted, and no entity
 * expansion at all (the caller refuses a DOCTYPE and decodes the XML built-ins with decodeXmlText).
 */
export function odfXmlParser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false
  })
}

/** The five XML entities and numeric character references; anything else stays as written. */
export function decodeXmlText(s: string): string {
  return s.replace(
    /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g,
    (whole, name, dec, hex) => {
      if (name) return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name]!
      const cp = dec ? Number(dec) : parseInt(hex, 16)
      return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : whole
    }
  )
}

/** Elements whose content is not part of the running text: generated indexes, tracked deletions, comments. */
const SKIP = new Set([
  'text:tracked-changes',
  'office:annotation',
  'office:annotation-end',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'text:dde-connection-decls',
  'office:forms',
  'text:table-of-content',
  'text:alphabetical-index',
  'text:illustration-index',
  'text:table-index',
  'text:object-index',
  'text:user-index',
  'text:bibliography',
  'text:note-citation',
  'text:ruby-text',
  'svg:title',
  'svg:desc',
  'table:covered-table-cell'
])

export interface OdtText {
  paragraphs: string[]
  /** The first level-1 heading (`text:h` with outline level 1 or none), for a title. */
  firstHeading: string | null
}

/**
 * The text of an OpenDocument text's body (content.xml, parsed by odfXmlParser), one string per paragraph:
 * - `text:p` and `text:h` are paragraphs, wherever they are (sections, lists, list items, frames' text boxes,
 *   which follow the paragraph that anchors them); spaces collapse as ODF says, `text:s` (with `text:c`),
 *   `text:tab` and `text:line-break` give a space, a tab and a line break;
 * - a table row is one paragraph, its cells separated by a tab;
 * - a footnote or endnote leaves `[1]` (its citation) in the text, and its body becomes a paragraph `[1] …` at
 *   the end of the document, in order;
 * - tracked deletions, comments, generated indexes (table of contents…) and declarations are left out.
 */
export function odtText(content: unknown[]): OdtText {
  const paragraphs: string[] = []
  const notes: string[] = []
  let firstHeading: string | null = null
  let noteCount = 0

  /** Block-level walk: paragraphs found are appended to `out`. */
  const blocks = (nodes: unknown[], out: string[]): void => {
    for (const node of nodes) {
      const [name, children, attrs] = parts(node)
      if (name === null || SKIP.has(name)) continue
      if (name === 'text:p' || name === 'text:h') {
        const after: string[] = []
        const text = inline(children, after)
        if (text !== '') out.push(text)
        if (
          name === 'text:h' &&
          firstHeading === null &&
          (attrs['text:outline-level'] ?? '1') === '1' &&
          text
        )
          firstHeading = text
        out.push(...after)
      } else if (name === 'table:table-row') {
        const cells = children.flatMap((c) => {
          const [cellName, cellChildren] = parts(c)
          if (cellName !== 'table:table-cell') return []
          const inner: string[] = []
          blocks(cellChildren, inner)
          return [inner.join(' ').replace(/\s+/g, ' ').trim()]
        })
        if (cells.some((c) => c !== '')) out.push(cells.join('\t').replace(/\t+$/, ''))
      } else {
        blocks(children, out) // office:body, office:text, text:section, text:list, list items, tables, frames…
      }
    }
  }

  /** Inline walk: the paragraph's text; paragraphs of frames inside it go to `after`. */
  const inline = (nodes: unknown[], after: string[]): string => {
    let s = ''
    const walk = (list: unknown[]): void => {
      for (const node of list) {
        const [name, children, attrs] = parts(node)
        if (name === null) s += decodeXmlText(String((node as XmlNode)['#text'] ?? '')).replace(/\s+/g, ' ')
        else if (SKIP.has(name)) continue
        else if (name === 'text:s')
          s += ' '.repeat(Math.min(Math.max(Number(attrs['text:c'] ?? 1) || 1, 1), 100))
        else if (name === 'text:tab') s += '\t'
        else if (name === 'text:line-break') s += '\n'
        else if (name === 'text:note') {
          const mark = citation(children) || String(++noteCount)
          s += `[${mark}]`
          const body = children.find((c) => parts(c)[0] === 'text:note-body')
          const inner: string[] = []
          if (body) blocks(parts(body)[1], inner)
          if (inner.length > 0) notes.push(`[${mark}] ${inner.join(' ')}`)
        } else if (name === 'draw:text-box') blocks(children, after)
        else walk(children) // text:span, text:a, fields, text:ruby-base, draw:frame…
      }
    }
    walk(nodes)
    return s.replace(/^[ ]+|[ ]+$/g, '').replace(/ *\n */g, '\n')
  }

  blocks(content, paragraphs)
  return { paragraphs: [...paragraphs, ...notes], firstHeading }
}

function citation(children: unknown[]): string {
  const c = children.find((n) => parts(n)[0] === 'text:note-citation')
  if (!c) return ''
  return parts(c)[1]
    .map((n) => decodeXmlText(String((n as XmlNode)['#text'] ?? '')))
    .join('')
    .trim()
}

/** [element name or null for text, children, attributes] of a preserveOrder node. */
function parts(node: unknown): [string | null, unknown[], Record<string, string>] {
  const n = node as XmlNode
  const name = Object.keys(n).find((k) => k !== ':@' && k !== '#text')
  if (name === undefined) return [null, [], {}]
  const children = Array.isArray(n[name]) ? (n[name] as unknown[]) : []
  const attrs = (n[':@'] ?? {}) as Record<string, string>
  return [name, children, attrs]
}
