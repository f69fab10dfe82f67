import type { BlockContent, Heading, List, ListItem, PhrasingContent, Root } from 'mdast'
import type { RichNode } from '../../../shared/domain'

export interface TiptapToMdastOptions {
  /** Added to every heading level (a note's H1 becomes H(1 + offset)); the result is capped at 6. */
  headingOffset?: number
  /** Render headings as bold paragraphs (for notes nested inside lists or quotes). */
  flattenHeadings?: boolean
  /** Renders a statement chip `{type:'statementRef', attrs:{id,label}}`. Default: the label as text. */
  statementRef?: (id: string, label: string) => PhrasingContent[]
  /** Renders a theme chip `{type:'themeRef', attrs:{id,label}}`. Default: the label as text. */
  themeRef?: (id: string, label: string) => PhrasingContent[]
}

type Block = BlockContent
interface Mark {
  key: string
  wrap: (children: PhrasingContent[]) => PhrasingContent[]
}
interface Run {
  marks: Mark[]
  nodes: PhrasingContent[]
}

const INLINE_TYPES = new Set(['text', 'hardBreak', 'statementRef', 'themeRef', 'mention', 'emoji'])
const SAFE_HREF = /^(https?:|mailto:|#)/i

/**
 * Converts TipTap/ProseMirror JSON (a note, an annotation note) to an mdast tree, so that Markdown is produced by
 * mdast-util-to-markdown with correct escaping. Handles doc, paragraph, heading, blockquote, bulletList,
 * orderedList, listItem, taskList/taskItem, codeBlock, horizontalRule, hardBreak, the marks bold, italic, strike,
 * code and link (http, https, mailto and #anchors only; other hrefs keep their text), and the reference chips.
 * Unknown nodes fall back to their text; unknown marks are dropped.
 */
export function tiptapToMdast(doc: RichNode, options: TiptapToMdastOptions = {}): Root {
  return { type: 'root', children: blocks(doc.content ?? [], options) }
}

/** The plain text of a rich node: text, chip labels, and line breaks between blocks. */
export function richText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  if (node.type === 'statementRef' || node.type === 'themeRef' || node.type === 'mention')
    return attr(node, 'label')
  const parts = (node.content ?? []).map(richText)
  return isInlineParent(node) ? parts.join('') : parts.filter((p) => p !== '').join('\n')
}

function blocks(nodes: RichNode[], o: TiptapToMdastOptions): Block[] {
  return nodes.flatMap((n) => block(n, o))
}

function block(n: RichNode, o: TiptapToMdastOptions): Block[] {
  const children = n.content ?? []
  switch (n.type) {
    case 'paragraph': {
      const inline = phrasing(children, o)
      return inline.length > 0 ? [{ type: 'paragraph', children: inline }] : []
    }
    case 'heading': {
      const inline = phrasing(children, o)
      if (inline.length === 0) return []
      if (o.flattenHeadings) return [{ type: 'paragraph', children: [{ type: 'strong', children: inline }] }]
      const level = clampInt(Number(n.attrs?.['level'] ?? 1), 1, 6)
      const depth = clampInt(level + (o.headingOffset ?? 0), 1, 6) as Heading['depth']
      return [{ type: 'heading', depth, children: inline }]
    }
    case 'blockquote': {
      const inner = blocks(children, o)
      return inner.length > 0 ? [{ type: 'blockquote', children: inner }] : []
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList': {
      const items = children.map((c) => listItem(c, o))
      if (items.length === 0) return []
      const list: List = { type: 'list', ordered: n.type === 'orderedList', spread: false, children: items }
      if (n.type === 'orderedList') list.start = clampInt(Number(n.attrs?.['start'] ?? 1), 0, 999_999_999)
      return [list]
    }
    case 'listItem':
    case 'taskItem':
      return [{ type: 'list', ordered: false, spread: false, children: [listItem(n, o)] }]
    case 'codeBlock': {
      const lang = typeof n.attrs?.['language'] === 'string' ? (n.attrs['language'] as string) : null
      return [{ type: 'code', lang: lang && /^[\w+#.-]{1,40}$/.test(lang) ? lang : null, value: richText(n) }]
    }
    case 'horizontalRule':
      return [{ type: 'thematicBreak' }]
    default: {
      // Unknown node: keep its text. Inline-only content becomes one paragraph; block content is unwrapped.
      if (isInlineParent(n) || INLINE_TYPES.has(n.type)) {
        const inline = INLINE_TYPES.has(n.type) ? phrasing([n], o) : phrasing(children, o)
        return inline.length > 0 ? [{ type: 'paragraph', children: inline }] : []
      }
      return blocks(children, o)
    }
  }
}

function listItem(n: RichNode, o: TiptapToMdastOptions): ListItem {
  const inner = n.type === 'listItem' || n.type === 'taskItem' ? blocks(n.content ?? [], o) : block(n, o)
  const item: ListItem = { type: 'listItem', spread: false, children: inner }
  if (n.type === 'taskItem') item.checked = n.attrs?.['checked'] === true
  return item
}

function phrasing(nodes: RichNode[], o: TiptapToMdastOptions): PhrasingContent[] {
  const runs: Run[] = []
  for (const n of tidySpaces(nodes)) {
    const inline = leaf(n, o)
    if (inline.length > 0) runs.push({ marks: marksOf(n), nodes: inline })
  }
  return nest(runs)
}

const CHIP_TYPES = new Set(['statementRef', 'themeRef', 'mention'])
const isCode = (n: RichNode) => n.marks?.some((m) => m.type === 'code') ?? false

/**
 * The spacing an editor leaves around chips, tidied for the export: no space between a chip and the punctuation
 * after it ("chip ." → "chip."), runs of spaces collapsed to one, none at the start or end of a block. Code keeps
 * its spaces.
 */
function tidySpaces(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = []
  let prev: RichNode | undefined
  let spaceBefore = true
  for (const n of nodes) {
    if (n.type !== 'text' || isCode(n)) {
      out.push(n)
      spaceBefore = n.type === 'hardBreak'
      prev = n
      continue
    }
    let text = (n.text ?? '').replace(/ {2,}/g, ' ')
    if (spaceBefore) text = text.replace(/^ /, '')
    if (prev && CHIP_TYPES.has(prev.type)) text = text.replace(/^ (?=[.,;:!?)\]…'’"”]|$)/, '')
    if (text === '') continue
    out.push({ ...n, text })
    spaceBefore = text.endsWith(' ')
    prev = n
  }
  const last = out[out.length - 1]
  if (last?.type === 'text' && !isCode(last) && last.text?.endsWith(' ')) {
    const text = last.text.replace(/ +$/, '')
    if (text === '') out.pop()
    else out[out.length - 1] = { ...last, text }
  }
  return out
}

function leaf(n: RichNode, o: TiptapToMdastOptions): PhrasingContent[] {
  switch (n.type) {
    case 'text': {
      const value = n.text ?? ''
      if (value === '') return []
      return n.marks?.some((m) => m.type === 'code')
        ? [{ type: 'inlineCode', value }]
        : [{ type: 'text', value }]
    }
    case 'hardBreak':
      return [{ type: 'break' }]
    case 'statementRef':
      return (o.statementRef ?? labelText)(attr(n, 'id'), attr(n, 'label'))
    case 'themeRef':
      return (o.themeRef ?? labelText)(attr(n, 'id'), attr(n, 'label'))
    default: {
      const value = richText(n) || attr(n, 'label') || attr(n, 'text')
      return value ? [{ type: 'text', value }] : []
    }
  }
}

function marksOf(n: RichNode): Mark[] {
  const out: Mark[] = []
  for (const m of n.marks ?? []) {
    if (m.type === 'bold' || m.type === 'strong')
      out.push({ key: 'strong', wrap: (c) => [{ type: 'strong', children: c }] })
    else if (m.type === 'italic' || m.type === 'em')
      out.push({ key: 'emphasis', wrap: (c) => [{ type: 'emphasis', children: c }] })
    else if (m.type === 'strike') out.push({ key: 'delete', wrap: (c) => [{ type: 'delete', children: c }] })
    else if (m.type === 'link') {
      const href = typeof m.attrs?.['href'] === 'string' ? (m.attrs['href'] as string).trim() : ''
      if (!SAFE_HREF.test(href)) continue
      out.push({ key: `link:${href}`, wrap: (c) => [{ type: 'link', url: href, children: unlink(c) }] })
    }
  }
  return out
}

/** Groups neighbouring runs that share a mark, choosing at each point the mark that spans the longest run. */
function nest(runs: Run[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let i = 0
  while (i < runs.length) {
    const run = runs[i]!
    if (run.marks.length === 0) {
      out.push(...run.nodes)
      i++
      continue
    }
    let best = run.marks[0]!
    let bestEnd = i + 1
    for (const mark of run.marks) {
      let j = i + 1
      while (j < runs.length && runs[j]!.marks.some((m) => m.key === mark.key)) j++
      if (j > bestEnd) [best, bestEnd] = [mark, j]
    }
    const inner = runs
      .slice(i, bestEnd)
      .map((r) => ({ nodes: r.nodes, marks: r.marks.filter((m) => m.key !== best.key) }))
    out.push(...best.wrap(nest(inner)))
    i = bestEnd
  }
  return out
}

/** Links cannot nest: a chip rendered as a link inside a linked span keeps only its text. */
function unlink(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((n): PhrasingContent[] => {
    if (n.type === 'link') return unlink(n.children)
    if (n.type === 'strong' || n.type === 'emphasis' || n.type === 'delete')
      return [{ ...n, children: unlink(n.children) }]
    return [n]
  })
}

function labelText(_id: string, label: string): PhrasingContent[] {
  return label ? [{ type: 'text', value: label }] : []
}

function attr(n: RichNode, name: string): string {
  const v = n.attrs?.[name]
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''
}

function isInlineParent(n: RichNode): boolean {
  return (
    (n.content ?? []).length > 0 &&
    (n.content ?? []).every((c) => INLINE_TYPES.has(c.type) || c.text !== undefined)
  )
}

function clampInt(v: number, min: number, max: number): number {
  return Number.isFinite(v) ? Math.min(max, Math.max(min, Math.trunc(v))) : min
}
