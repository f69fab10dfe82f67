import {
  AlignmentType,
  Bookmark,
  Document as DocxDocument,
  ExternalHyperlink,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild
} from 'docx'
import type { ListItem, Nodes, PhrasingContent, RootContent } from 'mdast'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, type ExportScope } from './export-view'
import { buildReport, reportTree, SOURCES_TITLE, type ReportOptions } from './report-model'

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6
] as const
const SAFE_HREF = /^(https?:|mailto:)/i
/** Twips (1/1440 inch) per nesting level of quotes and lists. */
const INDENT = 567

interface Marks {
  bold?: boolean
  italics?: boolean
  strike?: boolean
  code?: boolean
}
interface Context {
  /** Left indent in twips (quotes and lists nest). */
  indent: number
  quote: boolean
}

/**
 * The report as a Word document: the same structure as the Markdown (headings, quotes set off in the Quote
 * style, notes and lists), each quote's source as a superscript [n] linked to its entry under Sources.
 */
export async function exportDocx(
  snapshot: WorkspaceSnapshot,
  scope?: ExportScope,
  options: ReportOptions = {}
): Promise<Uint8Array> {
  const tree = reportTree(buildReport(resolveExportView(snapshot, scope), options))
  const paragraphs: Paragraph[] = []
  let inSources = false
  for (const node of tree.children) {
    if (node.type === 'heading') inSources = node.depth === 2 && textOf(node) === SOURCES_TITLE
    if (inSources && node.type === 'list') paragraphs.push(...sourceEntries(node.children, node.start ?? 1))
    else paragraphs.push(...block(node, { indent: 0, quote: false }))
  }
  const doc = new DocxDocument({
    title: snapshot.meta.name,
    creator: 'Dossier',
    description: 'Dossier report',
    styles: {
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '333333' },
          paragraph: { indent: { left: INDENT }, spacing: { before: 160, after: 40 } }
        }
      ]
    },
    sections: [{ children: paragraphs }]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

function sourceEntries(items: readonly ListItem[], start: number): Paragraph[] {
  return items.map((item, i) => {
    const n = start + i
    const inline = item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))
    return new Paragraph({
      indent: { left: INDENT, hanging: INDENT },
      children: [
        new Bookmark({ id: `source-${n}`, children: [new TextRun({ text: `[${n}]\t` })] }),
        ...runs(inline, {})
      ]
    })
  })
}

function block(node: RootContent, ctx: Context): Paragraph[] {
  const indent = ctx.indent > 0 ? { left: ctx.indent } : undefined
  switch (node.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[node.depth - 1],
          children: runs(node.children, {})
        })
      ]
    case 'paragraph':
      return [
        new Paragraph({
          ...(ctx.quote ? { style: 'Quote', indent: { left: ctx.indent } } : { indent }),
          children: runs(node.children, {})
        })
      ]
    case 'blockquote':
      return node.children.flatMap((c) => block(c, { indent: ctx.indent + INDENT, quote: true }))
    case 'list':
      return node.children.flatMap((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '•'
        const inner: Context = { indent: ctx.indent + INDENT, quote: ctx.quote }
        const [first, ...rest] = item.children
        const head =
          first?.type === 'paragraph'
            ? [
                new Paragraph({
                  indent: { left: inner.indent, hanging: INDENT / 2 },
                  children: [new TextRun({ text: `${marker} ` }), ...runs(first.children, {})]
                })
              ]
            : first
              ? block(first, inner)
              : []
        return [...head, ...rest.flatMap((c) => block(c, inner))]
      })
    case 'code':
      return node.value
        .split('\n')
        .map((line) => new Paragraph({ indent, children: [new TextRun({ text: line, font: 'Consolas' })] }))
    case 'thematicBreak':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('* * *')] })]
    default:
      return []
  }
}

function runs(nodes: readonly PhrasingContent[], marks: Marks): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return node.value.split('\n').map(
          (line, i) =>
            new TextRun({
              text: line,
              break: i > 0 ? 1 : undefined,
              bold: marks.bold,
              italics: marks.italics,
              strike: marks.strike,
              font: marks.code ? 'Consolas' : undefined
            })
        )
      case 'emphasis':
        return runs(node.children, { ...marks, italics: true })
      case 'strong':
        return runs(node.children, { ...marks, bold: true })
      case 'delete':
        return runs(node.children, { ...marks, strike: true })
      case 'inlineCode':
        return runs([{ type: 'text', value: node.value }], { ...marks, code: true })
      case 'break':
        return [new TextRun({ text: '', break: 1 })]
      case 'link':
        return SAFE_HREF.test(node.url)
          ? [new ExternalHyperlink({ link: node.url, children: runs(node.children, marks) })]
          : runs(node.children, marks)
      case 'linkReference':
        return [
          new InternalHyperlink({
            anchor: `source-${node.identifier}`,
            children: [new TextRun({ text: `[${textOf(node)}]`, superScript: true })]
          })
        ]
      default:
        return 'children' in node ? runs(node.children as PhrasingContent[], marks) : []
    }
  })
}

function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}
