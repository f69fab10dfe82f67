import type { Html, Nodes, Root } from 'mdast'
import {
  defaultHandlers,
  type Handle,
  type Options as ToMarkdownOptions,
  type Unsafe
} from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { usePlainParagraphs } from './plain-paragraph'
import { useFastSafe } from './fast-safe'

export interface StringifyMarkdownOptions {
  /** Also escape the characters Obsidian gives a meaning to in text: `#tag`, `^block`, `%%comment%%`, `==mark==`, `$math$`. */
  obsidian?: boolean
  /**
   * What top-level paragraphs and quotes were written as, by node, kept across the calls of one export with the
   * same options: a node shared between trees is written once. Its nodes must not change meanwhile.
   */
  written?: WeakMap<Nodes, string>
}

/** `written` of the call under way (a call is synchronous); without one, a map for that call. */
let writtenNow: WeakMap<Nodes, string> | undefined

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

/** The root handler, giving the serialiser its fast paths first (see useFastSafe and usePlainParagraphs). */
const root: Handle = (node, parent, state, info) => {
  useFastSafe(state)
  usePlainParagraphs(state, writtenNow ?? new WeakMap())
  return defaultHandlers.root(node, parent, state, info)
}

/** The serialiser's settings (CommonMark + GFM, and for Obsidian its characters), without the fast paths. */
export function markdownSettings(options: StringifyMarkdownOptions = {}): ToMarkdownOptions {
  return options.obsidian ? { ...BASE, unsafe: OBSIDIAN_UNSAFE } : BASE
}

const processor = (options: StringifyMarkdownOptions) =>
  unified()
    .use(remarkGfm)
    .use(remarkStringify, { ...markdownSettings(options), handlers: { root } })
    .freeze()
const commonmark = processor({})
const obsidian = processor({ obsidian: true })

/**
 * Serialises an mdast tree to Markdown (CommonMark + GFM). All text is escaped by mdast-util-to-markdown, so any
 * string survives a parse; only `html` nodes are written verbatim (see `raw`).
 */
export function stringifyMarkdown(tree: Root, options: StringifyMarkdownOptions = {}): string {
  writtenNow = options.written
  try {
    return (options.obsidian ? obsidian : commonmark).stringify(tree)
  } finally {
    writtenNow = undefined
  }
}

/**
 * Markup written verbatim (an `html` node): anchors, and Obsidian's wikilinks and block ids. Only ever pass
 * strings built from sanitised parts — never user text.
 */
export function raw(value: string): Html {
  return { type: 'html', value }
}
