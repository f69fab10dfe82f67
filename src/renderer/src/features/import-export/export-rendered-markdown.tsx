import type { Nodes, Root } from 'mdast'
import { Fragment, useMemo, type ReactNode } from 'react'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const parser = unified().use(remarkParse)
const SAFE_HREF = /^(https?:|mailto:)/i

/** Parses Markdown as CommonMark (no code runs, nothing is fetched). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown)
}

/**
 * A Markdown document as React elements: React escapes every text, raw HTML is shown as text (never as markup),
 * only http(s) and mailto links are links, images show their alt text. Headings start at `headingLevel` (the
 * report's H1) so the preview fits under the dialog's own headings.
 */
export function renderMarkdown(tree: Root, headingLevel = 4): ReactNode {
  let key = 0
  const all = (nodes: readonly Nodes[]): ReactNode[] =>
    nodes.map((n) => <Fragment key={key++}>{render(n)}</Fragment>)
  const render = (node: Nodes): ReactNode => {
    switch (node.type) {
      case 'root':
        return all(node.children)
      case 'heading': {
        const level = Math.min(6, node.depth + headingLevel - 1)
        const Tag = `h${level}` as 'h4'
        return <Tag className="rendered-md__heading">{all(node.children)}</Tag>
      }
      case 'paragraph':
        return <p>{all(node.children)}</p>
      case 'blockquote':
        return <blockquote>{all(node.children)}</blockquote>
      case 'list':
        return node.ordered ? (
          <ol start={node.start ?? undefined}>{all(node.children)}</ol>
        ) : (
          <ul>{all(node.children)}</ul>
        )
      case 'listItem':
        return (
          <li>
            {node.spread || node.children.length !== 1 || node.children[0]!.type !== 'paragraph'
              ? all(node.children)
              : all(node.children[0]!.children)}
          </li>
        )
      case 'text':
        return node.value
      case 'emphasis':
        return <em>{all(node.children)}</em>
      case 'strong':
        return <strong>{all(node.children)}</strong>
      case 'delete':
        return <del>{all(node.children)}</del>
      case 'inlineCode':
        return <code>{node.value}</code>
      case 'code':
        return (
          <pre>
            <code>{node.value}</code>
          </pre>
        )
      case 'break':
        return <br />
      case 'thematicBreak':
        return <hr />
      case 'link':
        return SAFE_HREF.test(node.url) ? (
          <a href={node.url} target="_blank" rel="noreferrer noopener">
            {all(node.children)}
          </a>
        ) : (
          all(node.children)
        )
      case 'linkReference':
        return <sup className="rendered-md__ref">[{all(node.children)}]</sup>
      case 'definition':
        return null
      case 'image':
      case 'imageReference':
        return node.alt ?? ''
      case 'html':
        return node.value
      default:
        return 'children' in node ? all(node.children as Nodes[]) : 'value' in node ? node.value : null
    }
  }
  return render(tree)
}

/** The report as a reader sees it (the Markdown rendered), for the Export dialog's preview. */
export function RenderedMarkdown({ markdown, label }: { markdown: string; label: string }) {
  const content = useMemo(() => renderMarkdown(parseMarkdown(markdown)), [markdown])
  return (
    <article className="export-preview__rendered rendered-md" tabIndex={0} aria-label={label}>
      {content}
    </article>
  )
}
