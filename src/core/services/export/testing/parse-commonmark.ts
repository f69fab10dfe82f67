/** Test helper (not shipped): parse Markdown as CommonMark and read text back out of the tree. */
import type { Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export function parseCommonMark(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown)
}

/** Text content as a reader sees it: text and code values, hard breaks as "\n"; raw HTML is kept so leaks show. */
export function textContent(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value
  if (node.type === 'break') return '\n'
  if ('children' in node) return node.children.map((c) => textContent(c as Nodes)).join('')
  return ''
}

/** Every quote of a report, nested ones (in notes) included, in document order. */
export function allBlockquotes(node: Nodes): string[] {
  if (node.type === 'blockquote') return [textContent(node)]
  return 'children' in node ? node.children.flatMap((c) => allBlockquotes(c as Nodes)) : []
}
