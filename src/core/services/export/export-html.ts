import type { Nodes, Root } from 'mdast'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, resolveExportViewInSlices, type ExportScope } from './export-view'
import { buildReport, planReport, reportTree, SOURCES_TITLE, type ReportOptions } from './report-model'
import { concatText } from './concat-text'
import { finishInSlices, runInSlices, type SliceControl } from './run-in-slices'

/** The print stylesheet: A4 margins, serif body, quotes set off, no page break inside a quote or after a heading. */
const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4, h5, h6 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9em; margin-top: 0; }
h2 { font-size: 1.4em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
h3 { font-size: 1.15em; }
blockquote { margin: 1em 0 0.25em; padding: 0.1em 1em; border-left: 3px solid #888; font-style: italic; }
blockquote + p { margin-top: 0.25em; color: #333; }
sup.ref { font-size: 0.75em; line-height: 0; }
a { color: #1a4f8b; }
code { font-family: Menlo, Consolas, monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; }
ol.sources li { margin-bottom: 0.4em; overflow-wrap: anywhere; }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  blockquote, li { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  ol.sources a::after { content: ""; }
}
`.trim()

/**
 * The report as one self-contained, print-ready HTML page (inline stylesheet with print rules, no script, no
 * external resource). Every text is escaped; only http(s) and mailto links are kept.
 */
export function exportHtml(
  snapshot: WorkspaceSnapshot,
  scope?: ExportScope,
  options: ReportOptions = {}
): string {
  const tree = reportTree(buildReport(resolveExportView(snapshot, scope), options))
  return page(snapshot, mdastToHtml(tree))
}

/**
 * The same page, with turns for other work between the report's steps (progress, cancel, a responsive
 * server): each step's blocks are built and rendered, then let go.
 */
export async function exportHtmlInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl,
  options: ReportOptions = {}
): Promise<string> {
  const render = htmlRenderer()
  const view = await resolveExportViewInSlices(snapshot, scope, ctl)
  const steps = (await finishInSlices(planReport(view, options), ctl)).map((step) => () => step().map(render))
  return page(snapshot, concatText((await runInSlices(steps, ctl)).flat(), '\n'))
}

function page(snapshot: WorkspaceSnapshot, body: string): string {
  return concatText(
    [
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="generator" content="Dossier">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(snapshot.meta.name)}</title>`,
      `<style>\n${STYLE}\n</style>`,
      '</head>',
      '<body>',
      body,
      '</body>',
      '</html>',
      ''
    ],
    '\n'
  )
}

const SAFE_HREF = /^(https?:|mailto:)/i

/** Renders the report's mdast (the node types it holds) as HTML; escapes every text and attribute. */
export function mdastToHtml(tree: Root): string {
  return htmlRenderer()(tree)
}

/** A renderer of the report's nodes in order: a list under the Sources heading is the sources' list. */
function htmlRenderer(): (node: Nodes) => string {
  let inSources = false
  const all = (nodes: readonly Nodes[]): string => nodes.map(render).join('')
  const render = (node: Nodes): string => {
    switch (node.type) {
      case 'root':
        return node.children.map(render).join('\n')
      case 'heading': {
        const label = toText(node)
        inSources = node.depth === 2 && label === SOURCES_TITLE
        const id = inSources ? ' id="sources"' : ''
        return `<h${node.depth}${id}>${all(node.children)}</h${node.depth}>`
      }
      case 'paragraph':
        return `<p>${all(node.children)}</p>`
      case 'blockquote':
        return `<blockquote>${all(node.children)}</blockquote>`
      case 'list': {
        if (node.ordered && inSources) {
          const items = node.children.map(
            (item, i) => `<li id="source-${(node.start ?? 1) + i}">${listItemBody(item.children)}</li>`
          )
          return `<ol class="sources">${items.join('')}</ol>`
        }
        const tag = node.ordered ? 'ol' : 'ul'
        const start = node.ordered && node.start != null && node.start !== 1 ? ` start="${node.start}"` : ''
        return `<${tag}${start}>${node.children.map(render).join('')}</${tag}>`
      }
      case 'listItem':
        return `<li>${listItemBody(node.children)}</li>`
      case 'text':
        return escapeHtml(node.value)
      case 'emphasis':
        return `<em>${all(node.children)}</em>`
      case 'strong':
        return `<strong>${all(node.children)}</strong>`
      case 'delete':
        return `<del>${all(node.children)}</del>`
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`
      case 'code':
        return `<pre><code>${escapeHtml(node.value)}</code></pre>`
      case 'break':
        return '<br>'
      case 'thematicBreak':
        return '<hr>'
      case 'link':
        return SAFE_HREF.test(node.url)
          ? `<a href="${escapeHtml(node.url)}">${all(node.children)}</a>`
          : all(node.children)
      case 'linkReference':
        return `<sup class="ref"><a href="#source-${escapeHtml(node.identifier)}">[${all(node.children)}]</a></sup>`
      case 'definition':
        return ''
      default:
        return 'children' in node
          ? all(node.children as Nodes[])
          : 'value' in node
            ? escapeHtml(node.value)
            : ''
    }
  }
  /** A tight item's single paragraph is written without its <p>. */
  const listItemBody = (children: readonly Nodes[]): string =>
    children.length === 1 && children[0]!.type === 'paragraph'
      ? all(children[0]!.children)
      : children.map(render).join('')
  return render
}

function toText(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return (node.children as Nodes[]).map(toText).join('')
  return ''
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
