import {
  AlignmentType,
  Bookmark,
  Document as DocxDocument,
  ExternalHyperlink,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  type IContext,
  Paragraph,
  TextRun,
  type ParagraphChild
} from 'docx'
import type { ListItem, Nodes, PhrasingContent, RootContent } from 'mdast'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, resolveExportViewInSlices, type ExportScope } from './export-view'
import { buildReport, planReport, reportTree, SOURCES_TITLE, type ReportOptions } from './report-model'
import { finishInSlices, runInSlices, type SliceControl } from './run-in-slices'
import { xmlableToString } from './xmlable-to-string'
import { zipInSlices } from './zip-in-slices'

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
  return new Uint8Array(
    await Packer.toBuffer(wordDocument(snapshot, tree.children.flatMap(paragraphWriter())))
  )
}

/**
 * The same document, with turns for other work while it is written (progress, cancel, a responsive server):
 * Packer writes the document around one placeholder paragraph, and the report's paragraphs are written in its
 * place one by one, in the same context (relationships, bookmarks) Packer would give them; the parts are
 * zipped by zipInSlices.
 */
export async function exportDocxInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl,
  options: ReportOptions = {}
): Promise<Uint8Array> {
  const view = await resolveExportViewInSlices(snapshot, scope, ctl)
  const plan = await finishInSlices(planReport(view, options), ctl)
  const slot = new Paragraph({ children: [new TextRun(BODY_SLOT)] })
  const doc = wordDocument(snapshot, [slot])
  const context: IContext = { file: doc, viewWrapper: doc.Document, stack: [] }
  const toXml = (p: Paragraph) => xmlableToString(p.prepForXml(context)!)
  const write = paragraphWriter()
  const steps = plan.map(
    (step) =>
      // Pausing after each paragraph: a Word paragraph takes longer to write than Markdown.
      function* (): Generator<void, string> {
        const xml: string[] = []
        for (const node of step())
          for (const paragraph of write(node)) {
            xml.push(toXml(paragraph))
            yield
          }
        return xml.join('')
      }
  )
  // One more step: the file.
  const total = steps.length + 1
  const body = await runInSlices<string>(steps, {
    ...ctl,
    onProgress: (done) => ctl.onProgress?.(done, total)
  })
  ctl.signal?.throwIfAborted()
  // Everything but the body is small: Packer's compiler writes it at once.
  const files = new Map<string, string | Uint8Array | string[]>(packageFiles(doc))
  const document = files.get(DOCUMENT_PART)
  const [head, tail, ...more] = typeof document === 'string' ? document.split(toXml(slot)) : []
  if (tail === undefined || more.length > 0)
    throw new Error('the body placeholder is not in document.xml once')
  files.set(DOCUMENT_PART, [head!, ...body, tail])
  const data = await zipInSlices(files, { level: 6, mtime: new Date() }, ctl)
  ctl.onProgress?.(total, total)
  return data
}

const DOCUMENT_PART = 'word/document.xml'

interface PackageCompiler {
  compile(file: DocxDocument): Map<string, string | Uint8Array>
}

/**
 * The files of the Word package by path, in order, as Packer zips them: written by Packer's compiler, which docx
 * keeps private (Packer zips them at once). The export tests compare a file zipped from them with Packer's.
 */
function packageFiles(doc: DocxDocument): Map<string, string | Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler
  if (typeof compiler?.compile !== 'function') throw new Error("docx's Packer has no compiler any more")
  return (compiler as PackageCompiler).compile(doc)
}
/** The placeholder paragraph's text: nothing a report writes. */
const BODY_SLOT = '\u{F8FF}dossier-report-body\u{F8FF}'

/** Writes the report's blocks in order: a list under the Sources heading is the sources' list. */
function paragraphWriter(): (node: RootContent) => Paragraph[] {
  let inSources = false
  return (node) => {
    if (node.type === 'heading') inSources = node.depth === 2 && textOf(node) === SOURCES_TITLE
    return inSources && node.type === 'list'
      ? sourceEntries(node.children, node.start ?? 1)
      : block(node, { indent: 0, quote: false })
  }
}

function wordDocument(snapshot: WorkspaceSnapshot, paragraphs: Paragraph[]): DocxDocument {
  return new DocxDocument({
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
