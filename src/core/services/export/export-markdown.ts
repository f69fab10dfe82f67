import type { BlockContent, Heading, ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import type { Annotation, Document, Link, WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, type ExportScope, type ExportView, type StatementEntry } from './export-view'
import { raw, stringifyMarkdown } from './stringify-markdown'
import { runInSlices, type SliceControl } from './run-in-slices'
import { tiptapToMdast } from './tiptap-to-mdast'

/** The anchor id of a statement's blockquote in the report (ids only hold letters, digits, `_`, `-`, `.`). */
export const statementAnchor = (id: string): string => `s-${id}`
/** The anchor id of a theme's heading in the report. */
export const themeAnchor = (id: string): string => `t-${id}`

/**
 * One Markdown report of the workspace (or of the scope): themes in codebook order with their statements quoted
 * exactly (those coded whole, then those coded through a highlight, with its quote), annotation notes and
 * cross-references; then annotations without a theme; then the notes.
 * Built as an mdast tree and serialised by mdast-util-to-markdown, so every text is escaped; the only verbatim
 * markup is the `<a id="…">` anchors, built from ids.
 */
export function exportMarkdown(snapshot: WorkspaceSnapshot, scope?: ExportScope): string {
  return stringifyMarkdown(buildMarkdownReport(resolveExportView(snapshot, scope)))
}

/**
 * The same report, serialised section by section (a theme's section starts at its anchor) with turns for other
 * work between them: progress, cancel, and a server that stays responsive. Sections are joined as the
 * serialiser joins blocks, so the text is the same as exportMarkdown's.
 */
export async function exportMarkdownInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl
): Promise<string> {
  const children = buildMarkdownReport(resolveExportView(snapshot, scope)).children
  const sections: RootContent[][] = []
  for (const node of children) {
    if (sections.length === 0 || (node.type === 'html' && node.value.startsWith('<a id="t-')))
      sections.push([])
    sections.at(-1)!.push(node)
  }
  const parts = await runInSlices(
    sections.map((section) => () => stringifyMarkdown({ type: 'root', children: section })),
    ctl
  )
  return parts.join('\n')
}

export function buildMarkdownReport(view: ExportView): Root {
  const r = new Report(view)
  return { type: 'root', children: r.build() }
}

class Report {
  /** Statements quoted in theme sections; the first quote of each carries its anchor. */
  private readonly inReport = new Set<string>()
  private readonly anchored = new Set<string>()
  private readonly out: RootContent[] = []

  constructor(private readonly view: ExportView) {
    for (const t of view.themes) {
      for (const e of view.statementsWithTheme(t.theme.id)) this.inReport.add(e.statement.id)
      for (const e of view.spanCodedWithTheme(t.theme.id)) this.inReport.add(e.statement.id)
    }
  }

  build(): RootContent[] {
    const { view, out } = this
    out.push(heading(1, [text(view.snapshot.meta.name)]))
    out.push(para([text(`Exported ${view.snapshot.exportedAt} · Scope: ${this.scopeLabel()}`)]))
    for (const entry of view.themes) this.themeSection(entry.theme.id, entry.depth)
    this.unthemedAnnotations()
    this.notes()
    return out
  }

  private scopeLabel(): string {
    const { scope, themeById, snapshot } = this.view
    const parts: string[] = []
    if (scope.themeId !== undefined)
      parts.push(`theme “${themeById.get(scope.themeId)!.path.join(' > ')}” and its sub-themes`)
    if (scope.documentId !== undefined) {
      parts.push(
        `document “${snapshot.documents.find((d) => d.document.id === scope.documentId)!.document.title}”`
      )
    }
    if (scope.statementIds !== undefined) parts.push(`${scope.statementIds.size} statements of a filter`)
    return parts.length > 0 ? parts.join('; ') : 'whole workspace'
  }

  private themeSection(themeId: string, depth: number): void {
    const { view, out } = this
    const theme = view.themeById.get(themeId)!.theme
    out.push(raw(`<a id="${themeAnchor(theme.id)}"></a>`))
    out.push(heading(Math.min(6, depth + 2), [text(theme.name)]))
    if (theme.description.trim() !== '') out.push(para([emphasis(theme.description)]))
    const statements = view.statementsWithTheme(themeId)
    for (const entry of statements) this.statementBlock(entry)
    const shown = new Set(statements.map((e) => e.statement.id))
    const spans = view.spanCodedWithTheme(themeId)
    const throughSpan = new Map<string, { entry: StatementEntry; quotes: string[] }>()
    for (const e of spans) {
      if (shown.has(e.statement.id)) continue
      const got = throughSpan.get(e.statement.id)
      if (got) got.quotes.push(e.annotation.quote.exact)
      else throughSpan.set(e.statement.id, { entry: e, quotes: [e.annotation.quote.exact] })
    }
    if (throughSpan.size > 0) {
      out.push(para([strong('Coded through a highlight')]))
      for (const { entry, quotes } of throughSpan.values()) {
        for (const q of quotes) out.push(para([emphasis('Highlight:'), text(` “${q}”`)]))
        this.statementBlock(entry)
      }
    }
    const spanIds = new Set(spans.map((e) => e.annotation.id))
    const loose = view
      .annotationsWithTheme(themeId)
      .filter(
        ({ annotation }) =>
          !spanIds.has(annotation.id) && !shown.has(view.statementOfAnnotation(annotation)?.id ?? '')
      )
    if (loose.length > 0) {
      out.push(para([strong('Annotations with this theme')]))
      for (const { annotation, document } of loose) this.annotationBlock(annotation, document)
    }
    if (statements.length === 0 && throughSpan.size === 0 && loose.length === 0)
      out.push(para([emphasis('No statements.')]))
  }

  private statementBlock({ statement, document }: StatementEntry): void {
    const { view, out } = this
    if (!this.anchored.has(statement.id)) {
      this.anchored.add(statement.id)
      out.push(raw(`<a id="${statementAnchor(statement.id)}"></a>`))
    }
    out.push({ type: 'blockquote', children: [para([text(statement.text)])] })
    const speaker = statement.speakerId ? view.speakerById.get(statement.speakerId) : undefined
    const who: PhrasingContent[] = speaker
      ? [strong(speaker.name), ...(speaker.role ? [text(` (${speaker.role})`)] : [])]
      : [text('Unattributed')]
    out.push(para([text('— '), ...who, text(', '), emphasis(document.title), text(`, ${dateOf(document)}`)]))

    const annotations = view.annotationsOfStatement(statement.id)
    if (annotations.length > 0) {
      out.push({
        type: 'list',
        ordered: false,
        spread: true,
        children: annotations.map((a) => this.annotationItem(a))
      })
    }
    const links = view.linksOf(statement.id)
    if (links.length > 0) {
      out.push(para([strong('Cross-references')]))
      out.push({
        type: 'list',
        ordered: false,
        spread: false,
        children: links.map((l) => this.linkItem(l, statement.id))
      })
    }
  }

  private annotationItem(a: Annotation): ListItem {
    const themes = a.themeIds
      .map((id) => this.view.themeById.get(id)?.theme.name)
      .filter((n) => n !== undefined)
    const head: PhrasingContent[] = [strong('Annotation'), text(' on “'), text(a.quote.exact), text('”')]
    if (themes.length > 0) head.push(text(` — ${themes.join(', ')}`))
    return {
      type: 'listItem',
      spread: true,
      children: [para(head), ...this.noteBlocks(a.note, { flattenHeadings: true })]
    }
  }

  private annotationBlock(a: Annotation, document: Document): void {
    this.out.push({ type: 'blockquote', children: [para([text(a.quote.exact)])] })
    this.out.push(para([text('— '), emphasis(document.title), text(`, ${dateOf(document)}`)]))
    this.out.push(...this.noteBlocks(a.note, { flattenHeadings: true }))
  }

  private linkItem(link: Link, selfId: string): ListItem {
    const outgoing = link.fromId === selfId
    const other = this.view.statementById.get(outgoing ? link.toId : link.fromId)!
    const quote = this.statementQuote(other)
    const children: PhrasingContent[] = outgoing
      ? [strong(link.relation), text(' '), ...quote]
      : [...quote, text(' '), strong(link.relation), text(' this')]
    if (link.note.trim() !== '') children.push(text(` — ${link.note}`))
    return { type: 'listItem', spread: false, children: [para(children)] }
  }

  /** “quote”, linked to its anchor when the report quotes it, with its document otherwise. */
  private statementQuote({ statement, document }: StatementEntry): PhrasingContent[] {
    const quoted = text(`“${statement.text}”`)
    if (this.inReport.has(statement.id))
      return [{ type: 'link', url: `#${statementAnchor(statement.id)}`, children: [quoted] }]
    return [quoted, text(' ('), emphasis(document.title), text(')')]
  }

  private unthemedAnnotations(): void {
    const groups = this.view.documents
      .map((d) => ({
        document: d.document,
        annotations: d.annotations.filter((a) => a.themeIds.length === 0)
      }))
      .filter((g) => g.annotations.length > 0)
    if (groups.length === 0) return
    this.out.push(heading(2, [text('Annotations without a theme')]))
    for (const g of groups) {
      this.out.push(heading(3, [text(g.document.title)]))
      for (const a of g.annotations) {
        this.out.push({ type: 'blockquote', children: [para([text(a.quote.exact)])] })
        this.out.push(
          ...(a.note ? this.noteBlocks(a.note, { headingOffset: 3 }) : [para([emphasis('Highlight')])])
        )
      }
    }
  }

  private notes(): void {
    const { view, out } = this
    if (view.notes.length === 0) return
    out.push(heading(2, [text('Notes')]))
    for (const n of view.notes) {
      out.push(heading(3, [text(n.title)]))
      out.push(para([emphasis(`Created ${n.createdAt}, updated ${n.updatedAt}`)]))
      out.push(...this.noteBlocks(n.content, { headingOffset: 3 }))
    }
  }

  private noteBlocks(
    note: Annotation['note'],
    o: { headingOffset?: number; flattenHeadings?: boolean }
  ): BlockContent[] {
    if (!note) return []
    const { view } = this
    const tree = tiptapToMdast(note, {
      ...o,
      statementRef: (id, label) => {
        const entry = view.statementById.get(id)
        if (!entry) return [text(label || id)]
        if (this.inReport.has(id)) {
          return [
            {
              type: 'link',
              url: `#${statementAnchor(id)}`,
              children: [text(label || `“${entry.statement.text}”`)]
            }
          ]
        }
        const quote = `“${entry.statement.text}”`
        const lead =
          label === '' || entry.statement.text.includes(label) ? `${quote} (` : `${label} (${quote}, `
        return [text(lead), emphasis(entry.document.title), text(')')]
      },
      themeRef: (id, label) => {
        const name = label || view.themeById.get(id)?.theme.name || id
        return view.isThemeInScope(id)
          ? [{ type: 'link', url: `#${themeAnchor(id)}`, children: [text(name)] }]
          : [text(name)]
      }
    })
    return tree.children as BlockContent[]
  }
}

function dateOf(d: Document): string {
  return d.publishedAt ? d.publishedAt.slice(0, 10) : 'undated'
}
const text = (value: string): PhrasingContent => ({ type: 'text', value })
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] })
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] })
const para = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children })
const heading = (depth: number, children: PhrasingContent[]): Heading => ({
  type: 'heading',
  depth: Math.min(6, Math.max(1, depth)) as Heading['depth'],
  children
})
