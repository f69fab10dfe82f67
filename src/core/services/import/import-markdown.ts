import type { Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { decodeText } from './decode-text'
import { finishSource, type FoundMetadata } from './finish-source'
import { htmlToParagraphs } from './html-to-text'
import { importError, type ImportedSource, type ImportOptions } from './imported-source'
import { isHttpUrl } from './is-http-url'
import { checkImportSize, checkNestingDepth, count, MAX_NESTING_DEPTH } from './limits'
import { markdownNestingDepth } from './markdown-nesting-depth'
import { normalizeDate } from './normalize-date'
import { sanitizeHtml } from './sanitize-html'
import { throwIfAborted } from './throw-if-aborted'

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/
/** Front matter is a few lines of metadata; YAML's anchors cost time quadratic in their number. */
const MAX_FRONT_MATTER = 64 * 1024
/** YAML aliases may be expanded this many times in all (the `yaml` library's default, stated here). */
const MAX_YAML_ALIASES = 100

/**
 * Imports a Markdown file (CommonMark + GFM) as plain text.
 * - YAML front matter (between `---` lines at the very top) is read and left out of the text: `title`;
 *   `date`/`published`/`publishedAt`/`pubDate`; `author`/`authors` (a string, a list, or `{name}` objects);
 *   `url`/`link`/`canonical`; `publisher`/`site`; `source` (a URL goes to `url`, anything else to `publisher`).
 *   Front matter that is not valid YAML is an error (its line is given), not silently part of the text; so is
 *   front matter over 64 KB or whose aliases expand more than 100 times (a "billion laughs").
 * - Nesting deeper than 1,000 levels (see markdownNestingDepth) is refused before parsing.
 * - Without a `title`, the first level-1 heading is the title.
 * - Text: each block (paragraph, heading, list item, block quote paragraph, code block, table row) is a
 *   paragraph, separated by blank lines; markers (`#`, `*`, `>`, `-`, backticks) are dropped; links become
 *   their text; images are dropped; code is kept verbatim; soft line breaks become spaces, hard breaks stay;
 *   table cells are separated by a tab; raw HTML blocks are sanitized and reduced to their text.
 */
export async function importMarkdown(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<ImportedSource> {
  throwIfAborted(opts.signal)
  checkImportSize(bytes.byteLength, fileName)
  const source = decodeText(bytes, fileName)
  // remark's cost grows much faster than the nesting: refuse hostile nesting before it runs.
  checkNestingDepth(markdownNestingDepth(source, MAX_NESTING_DEPTH), fileName)
  const fm = FRONT_MATTER.exec(source)
  const found = fm ? readFrontMatter(fm[1]!, fileName) : {}
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse(fm ? source.slice(fm[0].length) : source)
  throwIfAborted(opts.signal)
  const paragraphs = markdownParagraphs(tree)
  if (paragraphs.length === 0) throw importError(fileName, 'has no text (only front matter or markup)')
  if (!found.title) {
    const h1 = tree.children.find((n) => n.type === 'heading' && n.depth === 1)
    if (h1) found.title = inlineText(h1)
  }
  opts.onProgress?.(1, 1)
  return finishSource(fileName, found, paragraphs.join('\n\n'))
}

function readFrontMatter(yamlText: string, fileName: string): FoundMetadata {
  if (yamlText.length > MAX_FRONT_MATTER)
    throw importError(fileName, `has YAML front matter over ${count(MAX_FRONT_MATTER / 1024)} KB`)
  let data: unknown
  try {
    data = parseYaml(yamlText, { maxAliasCount: MAX_YAML_ALIASES })
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message))
      throw importError(fileName, 'has YAML front matter whose aliases expand too far')
    const line = err instanceof YAMLParseError && err.linePos ? ` (line ${err.linePos[0].line + 1})` : ''
    throw importError(fileName, `has invalid YAML front matter${line}`)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {}
  const fm = data as Record<string, unknown>
  const str = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = fm[k]
      if (typeof v === 'string' && v.trim() !== '') return v.trim()
      if (typeof v === 'number') return String(v)
    }
    return undefined
  }
  const found: FoundMetadata = {
    title: str('title') ?? null,
    publishedAt:
      ['date', 'published', 'publishedAt', 'published_at', 'pubDate']
        .map((k) => normalizeDate(fm[k]))
        .find(Boolean) ?? null,
    authors: names(fm.authors ?? fm.author)
  }
  const source = str('source')
  const url = [str('url'), str('link'), str('canonical'), source].find((u) => u !== undefined && isHttpUrl(u))
  if (url) found.url = url
  const publisher = str('publisher', 'site') ?? (source && !isHttpUrl(source) ? source : undefined)
  if (publisher) found.publisher = publisher
  return found
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v]
  const out: string[] = []
  for (const item of list) {
    if (typeof item === 'string') out.push(item)
    else if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
      out.push((item as { name: string }).name)
    }
  }
  return out
}

/** The paragraphs of a Markdown tree, as plain text. */
export function markdownParagraphs(tree: Root): string[] {
  const out: string[] = []
  const push = (s: string): void => {
    const t = s
      .replace(/ {2,}/g, ' ')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n')
      .trim()
    if (t !== '') out.push(t)
  }
  const block = (node: Nodes): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        push(inlineText(node))
        return
      case 'code':
        if (node.value.trim() !== '') out.push(node.value.replace(/\s+$/, ''))
        return
      case 'html':
        for (const p of htmlBlockParagraphs(node.value)) out.push(p)
        return
      case 'table':
        for (const row of node.children) push(row.children.map((cell) => inlineText(cell).trim()).join('\t'))
        return
      case 'thematicBreak':
      case 'definition':
        return
      default:
        if ('children' in node) for (const child of node.children) block(child as Nodes)
    }
  }
  block(tree)
  return out
}

/** The text of inline content: emphasis, links and code reduced to their text; images dropped. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/[ \t]*\n[ \t]*/g, ' ')
    case 'inlineCode':
      return node.value
    case 'break':
      return '\n'
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : ''
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return ''
    default:
      return 'children' in node ? node.children.map((c) => inlineText(c as Nodes)).join('') : ''
  }
}

function htmlBlockParagraphs(html: string): string[] {
  if (!/[^<>\s]/.test(html.replace(/<[^>]*>/g, ''))) return [] // only tags (e.g. "<div>" or a comment)
  const { root, close } = sanitizeHtml(html)
  try {
    return htmlToParagraphs(root.querySelector('body') ?? root)
  } finally {
    close()
  }
}
