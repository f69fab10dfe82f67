import type { Html, Nodes, Root, RootContent } from 'mdast'
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
import { concatText } from './concat-text'

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

/** How many top-level blocks (by default), or items of a long list, stringifyMarkdownSteps writes at once. */
const BLOCKS_PER_RUN = 20
const ITEMS_PER_RUN = 100

/**
 * stringifyMarkdown of a root with these children, written a run of blocks at a time and pausing after each
 * (run it with finishInSlices): runs never start with a list and are joined with the blank line the serialiser
 * puts between blocks; a long tight list (with no list beside it) is written a run of items at a time, each
 * run as a list of its own (numbered on), and the runs are joined as they are.
 */
export function* stringifyMarkdownSteps(
  children: readonly RootContent[],
  options: StringifyMarkdownOptions = {},
  blocksPerRun = BLOCKS_PER_RUN
): Generator<void, string> {
  const parts: string[] = []
  let run: RootContent[] = []
  const write = (nodes: RootContent[]) => stringifyMarkdown({ type: 'root', children: nodes }, options)
  for (const [i, node] of children.entries()) {
    const longList =
      node.type === 'list' &&
      node.spread !== true &&
      node.children.length > ITEMS_PER_RUN &&
      children[i - 1]?.type !== 'list' &&
      children[i + 1]?.type !== 'list'
    if (run.length > 0 && (longList || (run.length >= blocksPerRun && node.type !== 'list'))) {
      parts.push(write(run))
      run = []
      yield
    }
    if (!longList) {
      run.push(node)
      continue
    }
    let items = ''
    for (let from = 0; from < node.children.length; from += ITEMS_PER_RUN) {
      const run = node.children.slice(from, from + ITEMS_PER_RUN)
      items += write([
        { ...node, ...(node.ordered ? { start: (node.start ?? 1) + from } : {}), children: run }
      ])
      yield
    }
    parts.push(items)
  }
  if (run.length > 0 || parts.length === 0) parts.push(write(run))
  return concatText(parts, '\n')
}

/**
 * Markup written verbatim (an `html` node): anchors, and Obsidian's wikilinks and block ids. Only ever pass
 * strings built from sanitised parts — never user text.
 */
export function raw(value: string): Html {
  return { type: 'html', value }
}
