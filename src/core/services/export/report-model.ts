import type {
  BlockContent,
  Definition,
  Heading,
  LinkReference,
  ListItem,
  PhrasingContent,
  Root,
  RootContent
} from 'mdast'
import type { Annotation, Document, Link, Speaker, Statement } from '../../../shared/domain'
import type { ExportView, StatementEntry, ThemeEntry } from './export-view'
import { finishAtOnce } from './run-in-slices'
import { humanDate } from './human-date'
import { tiptapToMdast } from './tiptap-to-mdast'

export interface ReportOptions {
  /** Keep themes that code nothing (each says "No statements."); by default they are left out. */
  keepEmptyThemes?: boolean
}

export interface ReportSource {
  /** 1-based, in the order the report first cites the document. */
  number: number
  document: Document
}

/**
 * The one report of a workspace (or of a scope), shared by the Markdown, Word and HTML writers so they never
 * diverge. Its blocks are mdast with no `html` node: quotes are blockquotes followed by their attribution line
 * (speaker, role, document, date and a numbered reference `[n]` into the Sources section).
 */
export interface Report {
  /**
   * The title block, one section per theme shown, annotations without a theme, notes, then the sources; a long
   * section in several runs of blocks (see planReport).
   */
  sections: RootContent[][]
  sources: ReportSource[]
}

export const SOURCES_TITLE = 'Sources'
/** Where a numbered reference leads: the Sources heading (its slug on GitHub, Obsidian and most renderers). */
export const SOURCES_ANCHOR = '#sources'

/** The whole report as one mdast tree (the sections in order). */
export function reportTree(report: Report): Root {
  return { type: 'root', children: report.sections.flat() }
}

/**
 * The report: themes in codebook order (empty ones left out unless kept, a parent kept for a kept sub-theme)
 * with their statements quoted whole (those coded whole, then those coded through a highlight), annotation notes
 * and cross-references; then annotations without a theme; then the notes; then the sources.
 */
export function buildReport(view: ExportView, options: ReportOptions = {}): Report {
  const builder = new ReportBuilder(view, options)
  const sections = finishAtOnce(builder.planSteps()).map((step) => step())
  return { sections: sections.filter((s) => s.length > 0), sources: builder.sources() }
}

/**
 * The report's blocks as steps, each building a run of them when run, so that a writer can serialise one and
 * let it go before building the next: a section, or part of a long one (a few statements' quotes). A step never
 * starts with a list, so writing each on its own and joining them with a blank line is the same Markdown. Run
 * them in order: sources are numbered as they are first cited, and the last step (the sources) is empty when
 * nothing was cited. Making the steps pauses after each theme (run it with finishInSlices).
 */
export function planReport(
  view: ExportView,
  options: ReportOptions = {}
): Generator<void, (() => RootContent[])[]> {
  return new ReportBuilder(view, options).planSteps()
}

/** How many statements' (or annotations') blocks a step of a long section builds. */
const BLOCKS_PER_STEP = 32

interface ThemeContent {
  statements: StatementEntry[]
  /** Statements coded through a highlight only, with the highlights' quotes. */
  throughSpan: Map<string, { entry: StatementEntry; quotes: string[] }>
  /** Annotations with the theme whose statement is not shown above. */
  loose: { annotation: Annotation; document: Document }[]
}

class ReportBuilder {
  private readonly sourceOf = new Map<string, ReportSource>()
  private readonly attributions = new Map<string, BlockContent>()
  private readonly statementBlocks = new Map<string, RootContent[]>()
  /** How many theme sections still quote each statement whole. */
  private readonly usesLeft = new Map<string, number>()

  constructor(
    private readonly view: ExportView,
    private readonly options: ReportOptions
  ) {}

  *planSteps(): Generator<void, (() => RootContent[])[]> {
    const steps = [() => this.titleSection(), ...(yield* this.themeSteps())]
    const unthemed = this.unthemedGroups()
    if (unthemed.length > 0) steps.push(...this.unthemedAnnotations(unthemed))
    if (this.view.notes.length > 0) steps.push(...this.notes())
    steps.push(() => (this.sourceOf.size > 0 ? sourcesSection(this.sources()) : []))
    return steps
  }

  sources(): ReportSource[] {
    return [...this.sourceOf.values()]
  }

  private titleSection(): RootContent[] {
    const { snapshot } = this.view
    return [
      heading(1, [text(snapshot.meta.name)]),
      para([text(`Exported ${humanDate(snapshot.exportedAt)} · Scope: ${this.scopeLabel()}`)])
    ]
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

  /** One section per theme shown; a theme is shown when it (or a sub-theme) codes something, or when kept. */
  private *themeSteps(): Generator<void, (() => RootContent[])[]> {
    const themes: { entry: ThemeEntry; content: ThemeContent; empty: boolean }[] = []
    for (const entry of this.view.themes) {
      const content = this.themeContent(entry.theme.id)
      for (const { statement } of content.statements)
        this.usesLeft.set(statement.id, (this.usesLeft.get(statement.id) ?? 0) + 1)
      const empty =
        content.statements.length === 0 && content.throughSpan.size === 0 && content.loose.length === 0
      themes.push({ entry, content, empty })
      yield
    }
    const shown = themes.map((t) => !t.empty || this.options.keepEmptyThemes === true)
    // Depth-first order: a theme's sub-themes follow it, deeper. A shown theme shows its ancestors.
    const ancestors: number[] = []
    themes.forEach((t, i) => {
      while (ancestors.length > 0 && themes[ancestors.at(-1)!]!.entry.depth >= t.entry.depth) ancestors.pop()
      if (shown[i]) for (const a of ancestors) shown[a] = true
      ancestors.push(i)
    })
    return themes
      .filter((_, i) => shown[i])
      .flatMap(({ entry, content, empty }) => this.themeSection(entry.theme.id, entry.depth, content, empty))
  }

  private themeContent(themeId: string): ThemeContent {
    const { view } = this
    const statements = view.statementsWithTheme(themeId)
    const shown = new Set(statements.map((e) => e.statement.id))
    const spans = view.spanCodedWithTheme(themeId)
    const throughSpan = new Map<string, { entry: StatementEntry; quotes: string[] }>()
    for (const e of spans) {
      if (shown.has(e.statement.id)) continue
      const got = throughSpan.get(e.statement.id)
      if (got) got.quotes.push(e.annotation.quote.exact)
      else throughSpan.set(e.statement.id, { entry: e, quotes: [e.annotation.quote.exact] })
    }
    const spanIds = new Set(spans.map((e) => e.annotation.id))
    const loose = view
      .annotationsWithTheme(themeId)
      .filter(
        ({ annotation }) =>
          !spanIds.has(annotation.id) && !shown.has(view.statementOfAnnotation(annotation)?.id ?? '')
      )
    return { statements, throughSpan, loose }
  }

  /** A theme's section in steps: its heading, then its blocks a few statements at a time. */
  private themeSection(
    themeId: string,
    depth: number,
    content: ThemeContent,
    empty: boolean
  ): (() => RootContent[])[] {
    const { view } = this
    const theme = view.themeById.get(themeId)!.theme
    const blocks: (() => RootContent[])[] = [
      () => [
        heading(Math.min(6, depth + 2), [text(theme.name)]),
        ...(theme.description.trim() !== '' ? [para([emphasis(theme.description)])] : [])
      ]
    ]
    for (const entry of content.statements) blocks.push(() => this.statementBlock(entry))
    if (content.throughSpan.size > 0) {
      blocks.push(() => [para([strong('Coded through a highlight')])])
      for (const { entry, quotes } of content.throughSpan.values())
        blocks.push(() => this.statementBlock(entry, quotes))
    }
    if (content.loose.length > 0) {
      blocks.push(() => [para([strong('Annotations with this theme')])])
      for (const { annotation, document } of content.loose)
        blocks.push(() => [
          ...this.quote(annotation.quote.exact, view.statementOfAnnotation(annotation), document),
          ...this.noteBlocks(annotation.note, { flattenHeadings: true })
        ])
    }
    if (empty) blocks.push(() => [para([emphasis('No statements.')])])
    return inSteps(blocks)
  }

  /** A quote, whole, then who said it where and when, with its numbered source. */
  private quote(quoted: string, statement: Statement | null, document: Document): RootContent[] {
    const speaker = statement?.speakerId ? this.view.speakerById.get(statement.speakerId) : undefined
    return [{ type: 'blockquote', children: [para([text(quoted)])] }, this.attribution(speaker, document)]
  }

  /**
   * "— Speaker (role), Title, date [n]". One node per speaker and document, used wherever they are quoted (the
   * writers only read the tree): fewer nodes to build, and the same node is written the same way.
   */
  private attribution(speaker: Speaker | undefined, document: Document): BlockContent {
    const key = `${document.id}\u0000${speaker?.id ?? ''}`
    let node = this.attributions.get(key)
    if (!node) {
      const who: PhrasingContent[] = speaker
        ? [strong(speaker.name), ...(speaker.role ? [text(` (${speaker.role})`)] : []), text(', ')]
        : []
      node = para([
        text('— '),
        ...who,
        emphasis(document.title),
        text(`, ${dateOf(document)} `),
        this.reference(document)
      ])
      this.attributions.set(key, node)
    }
    return node
  }

  /** The statement quoted whole, the highlights that code it (if coded through them), its notes and links. */
  private statementBlock(entry: StatementEntry, highlights: string[] = []): RootContent[] {
    if (highlights.length > 0) return this.newStatementBlock(entry, highlights)
    // A statement quoted under several themes is the same blocks each time (the writers only read them): kept
    // until its last use.
    const id = entry.statement.id
    const uses = this.usesLeft.get(id) ?? 1
    let blocks = this.statementBlocks.get(id)
    if (!blocks) blocks = this.newStatementBlock(entry, highlights)
    if (uses > 1) this.statementBlocks.set(id, blocks)
    else this.statementBlocks.delete(id)
    this.usesLeft.set(id, uses - 1)
    return blocks
  }

  private newStatementBlock({ statement, document }: StatementEntry, highlights: string[]): RootContent[] {
    const { view } = this
    const out = this.quote(statement.text, statement, document)
    for (const q of highlights) out.push(para([emphasis('Highlighted:'), text(` “${q}”`)]))
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
    return out
  }

  private annotationItem(a: Annotation): ListItem {
    const themes = a.themeIds
      .map((id) => this.view.themeById.get(id)?.theme.name)
      .filter((n) => n !== undefined)
    const head: PhrasingContent[] = [strong('Annotation'), text(` on “${a.quote.exact}”`)]
    if (themes.length > 0) head.push(text(` — ${themes.join(', ')}`))
    return {
      type: 'listItem',
      spread: true,
      children: [para(head), ...this.noteBlocks(a.note, { flattenHeadings: true })]
    }
  }

  private linkItem(link: Link, selfId: string): ListItem {
    const outgoing = link.fromId === selfId
    const other = this.view.statementById.get(outgoing ? link.toId : link.fromId)!
    const cited = this.citation(other, '')
    const children: PhrasingContent[] = outgoing
      ? [strong(link.relation), text(' '), ...cited]
      : [...cited, text(' '), strong(link.relation), text(' this')]
    if (link.note.trim() !== '') children.push(text(` — ${link.note}`))
    return { type: 'listItem', spread: false, children: [para(children)] }
  }

  /**
   * How the report cites a statement anywhere outside its own quote (cross-references, notes): “the whole
   * quote” — Speaker [n]. A note's own label is kept in front when it is not just (a cut of) the quote.
   */
  private citation({ statement, document }: StatementEntry, label: string): PhrasingContent[] {
    const speaker = statement.speakerId ? this.view.speakerById.get(statement.speakerId) : undefined
    const cut = label.replace(/(…|\.\.\.)\s*$/, '').trim()
    const lead = cut === '' || statement.text.includes(cut) ? '' : `${label}: `
    return [
      text(`${lead}“${statement.text}”${speaker ? ` — ${speaker.name}` : ''} `),
      this.reference(document)
    ]
  }

  /** `[n]`, the document's number in the Sources section (numbered on first citation). */
  private reference(document: Document): LinkReference {
    let source = this.sourceOf.get(document.id)
    if (!source) {
      source = { number: this.sourceOf.size + 1, document }
      this.sourceOf.set(document.id, source)
    }
    const n = String(source.number)
    return {
      type: 'linkReference',
      identifier: n,
      label: n,
      referenceType: 'shortcut',
      children: [text(n)]
    }
  }

  private unthemedGroups(): { document: Document; annotations: Annotation[] }[] {
    return this.view.documents
      .map((d) => ({
        document: d.document,
        annotations: d.annotations.filter((a) => a.themeIds.length === 0)
      }))
      .filter((g) => g.annotations.length > 0)
  }

  private unthemedAnnotations(
    groups: { document: Document; annotations: Annotation[] }[]
  ): (() => RootContent[])[] {
    const blocks: (() => RootContent[])[] = [() => [heading(2, [text('Annotations without a theme')])]]
    for (const g of groups) {
      blocks.push(() => [heading(3, [text(g.document.title)])])
      for (const a of g.annotations)
        blocks.push(() => [
          ...this.quote(a.quote.exact, this.view.statementOfAnnotation(a), g.document),
          ...(a.note ? this.noteBlocks(a.note, { headingOffset: 3 }) : [para([emphasis('Highlight')])])
        ])
    }
    return inSteps(blocks)
  }

  private notes(): (() => RootContent[])[] {
    const blocks: (() => RootContent[])[] = [() => [heading(2, [text('Notes')])]]
    for (const n of this.view.notes)
      blocks.push(() => [
        heading(3, [text(n.title)]),
        para([emphasis(`Created ${humanDate(n.createdAt)}, updated ${humanDate(n.updatedAt)}`)]),
        ...this.noteBlocks(n.content, { headingOffset: 3 })
      ])
    return inSteps(blocks)
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
        return entry ? this.citation(entry, label) : [text(label || id)]
      },
      themeRef: (id, label) => [emphasis(label || view.themeById.get(id)?.theme.name || id)]
    })
    return tree.children as BlockContent[]
  }
}

/** Runs of BLOCKS_PER_STEP blocks, each as one step (every block starts with a heading, a quote or a paragraph). */
function inSteps(blocks: readonly (() => RootContent[])[]): (() => RootContent[])[] {
  const steps: (() => RootContent[])[] = []
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_STEP) {
    const run = blocks.slice(i, i + BLOCKS_PER_STEP)
    steps.push(() => run.flatMap((block) => block()))
  }
  return steps
}

/** ## Sources: one numbered entry per cited document (title, publisher, date, URL), and the `[n]` targets. */
function sourcesSection(sources: ReportSource[]): RootContent[] {
  const items: ListItem[] = sources.map(({ document }) => {
    const parts: PhrasingContent[] = [emphasis(document.title), text('. ')]
    const publisher = document.source.publisher?.trim()
    parts.push(text(`${publisher ? `${publisher}, ` : ''}${dateOf(document)}.`))
    const url = document.source.url?.trim()
    if (url) {
      parts.push(text(' '))
      parts.push(SAFE_URL.test(url) ? { type: 'link', url, children: [text(url)] } : text(url))
    }
    return { type: 'listItem', spread: false, children: [para(parts)] }
  })
  const definitions: Definition[] = sources.map(({ number }) => ({
    type: 'definition',
    identifier: String(number),
    label: String(number),
    url: SOURCES_ANCHOR
  }))
  return [
    heading(2, [text(SOURCES_TITLE)]),
    { type: 'list', ordered: true, start: 1, spread: false, children: items },
    ...definitions
  ]
}

const SAFE_URL = /^https?:\/\/[^\s<>]+$/i

function dateOf(d: Document): string {
  return d.publishedAt ? humanDate(d.publishedAt) : 'undated'
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
