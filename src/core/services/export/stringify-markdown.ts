import type { Html, Root } from 'mdast'
import type { Options as ToMarkdownOptions, Unsafe } from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'

export interface StringifyMarkdownOptions {
  /** Also escape the characters Obsidian gives a meaning to in text: `#tag`, `^block`, `%%comment%%`, `==mark==`, `$math$`. */
  obsidian?: boolean
}

/** Constructs inside which text is already literal (link destinations, titles, autolinks). */
const LITERAL_SPANS: Unsafe['notInConstruct'] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe'
]

const inText = { inConstruct: 'phrasing', notInConstruct: LITERAL_SPANS } as const
const OBSIDIAN_UNSAFE: Unsafe[] = [
  { character: '#', ...inText },
  { character: '^', ...inText },
  { character: '$', ...inText },
  // Only doubled: `%%comment%%` and `==highlight==`.
  { character: '%', after: '%', ...inText },
  { character: '%', before: '%', ...inText },
  { character: '=', after: '=', ...inText },
  { character: '=', before: '=', ...inText }
]

const BASE: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true
}

const commonmark = unified().use(remarkGfm).use(remarkStringify, BASE).freeze()
const obsidian = unified()
  .use(remarkGfm)
  .use(remarkStringify, { ...BASE, unsafe: OBSIDIAN_UNSAFE })
  .freeze()

/**
 * Serialises an mdast tree to Markdown (CommonMark + GFM). All text is escaped by mdast-util-to-markdown, so any
 * string survives a parse; only `html` nodes are written verbatim (see `raw`).
 */
export function stringifyMarkdown(tree: Root, options: StringifyMarkdownOptions = {}): string {
  return (options.obsidian ? obsidian : commonmark).stringify(tree)
}

/**
 * Markup written verbatim (an `html` node): anchors, and Obsidian's wikilinks and block ids. Only ever pass
 * strings built from sanitised parts — never user text.
 */
export function raw(value: string): Html {
  return { type: 'html', value }
}
