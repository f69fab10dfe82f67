import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast'
import YAML from 'yaml'
import type { Annotation, Link, Statement, WorkspaceSnapshot } from '../../../shared/domain'
import {
  resolveExportView,
  resolveExportViewInSlices,
  type ExportScope,
  type ExportView
} from './export-view'
import { embed, obsidianBlockId, wikilink } from './obsidian-link'
import { obsidianTag } from './obsidian-tag'
import { createUniqueNamer } from './sanitize-file-name'
import { finishAtOnce, finishInSlices, runInSlices, type SliceControl } from './run-in-slices'
import { raw, stringifyMarkdownSteps } from './stringify-markdown'
import { tiptapToMdast } from './tiptap-to-mdast'

/**
 * An Obsidian vault folder: relative path → Markdown file. One page per theme (`Themes/`), speaker (`Speakers/`),
 * document (`Documents/`, every statement quoted with a block id) and note (`Notes/`), each with YAML front
 * matter. File names are sanitised and unique (see sanitizeFileName); text is escaped for Markdown and for
 * Obsidian's own syntax; wikilinks, embeds, tags and block ids are built only from sanitised names and ids.
 */
export function exportObsidian(snapshot: WorkspaceSnapshot, scope?: ExportScope): Map<string, string> {
  const pages = finishAtOnce(new Vault(resolveExportView(snapshot, scope)).prepareSteps()).pages()
  return new Map(pages.map(([path, page]) => [path, finishAtOnce(page())]))
}

/** The same vault, page by page with turns for other work between and inside them (progress and cancel). */
export async function exportObsidianInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl
): Promise<Map<string, string>> {
  const vault = new Vault(await resolveExportViewInSlices(snapshot, scope, ctl))
  const pages = (await finishInSlices(vault.prepareSteps(), ctl)).pages()
  const texts = await runInSlices<string>(
    pages.map(([, page]) => page),
    ctl
  )
  return new Map(pages.map(([path], i) => [path, texts[i]!]))
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] })
const para = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children })
const h2 = (value: string): RootContent => ({ type: 'heading', depth: 2, children: [text(value)] })
const list = (items: PhrasingContent[][]): BlockContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((c): ListItem => ({ type: 'listItem', spread: false, children: [para(...c)] }))
})
const quoted = (s: string): string => `“${s}”`

class Vault {
  private readonly themeFile = new Map<string, string>()
  private readonly speakerFile = new Map<string, string>()
  private readonly documentFile = new Map<string, string>()
  private readonly noteFile = new Map<string, string>()
  /** Block ids of exported statements and annotations (annotations keyed `a:<id>`), unique in the vault. */
  private readonly blockId = new Map<string, string>()
  private readonly documentEntry = new Map<string, ExportView['documents'][number]>()
  private readonly statementsBySpeaker = new Map<string, Statement[]>()
  private readonly noteById = new Map<string, ExportView['notes'][number]>()

  constructor(private readonly view: ExportView) {}

  /** The vault's names, block ids and indexes, pausing as it goes: run it before pages. */
  *prepareSteps(): Generator<void, this> {
    const { view } = this
    for (const d of view.documents) {
      if (!this.documentEntry.has(d.document.id)) this.documentEntry.set(d.document.id, d)
      for (const s of d.statements) {
        if (s.speakerId === null) continue
        const list = this.statementsBySpeaker.get(s.speakerId)
        if (list) list.push(s)
        else this.statementsBySpeaker.set(s.speakerId, [s])
      }
      yield
    }
    for (const n of view.notes) if (!this.noteById.has(n.id)) this.noteById.set(n.id, n)
    const themes = createUniqueNamer()
    for (const t of view.themes) this.themeFile.set(t.theme.id, themes(t.theme.name, t.theme.id))
    const docs = createUniqueNamer()
    for (const d of view.documents) {
      this.documentFile.set(d.document.id, docs(d.document.title, d.document.id))
      yield
    }
    const speakers = createUniqueNamer()
    const speakerIds = new Set(this.statementsBySpeaker.keys())
    for (const s of view.snapshot.speakers)
      if (speakerIds.has(s.id)) this.speakerFile.set(s.id, speakers(s.name, s.id))
    const notes = createUniqueNamer()
    for (const n of view.notes) this.noteFile.set(n.id, notes(n.title, n.id))
    const used = new Set<string>()
    const allocate = (key: string, base: string): void => {
      let id = base
      for (let n = 2; used.has(id.toLowerCase()); n++) id = `${base}-${n}`
      used.add(id.toLowerCase())
      this.blockId.set(key, id)
    }
    for (const d of view.documents) {
      for (const s of d.statements) allocate(s.id, obsidianBlockId(s.id))
      yield
    }
    for (const d of view.documents) {
      for (const a of d.annotations) allocate(`a:${a.id}`, `ann-${obsidianBlockId(a.id)}`)
      yield
    }
    return this
  }

  /** Each file's path, and how to write it (pausing as it goes). */
  pages(): [string, () => Generator<void, string>][] {
    const out: [string, () => Generator<void, string>][] = []
    for (const t of this.view.themes)
      out.push([`Themes/${this.themeFile.get(t.theme.id)}.md`, () => this.themePage(t.theme.id)])
    for (const [id, file] of this.speakerFile) out.push([`Speakers/${file}.md`, () => this.speakerPage(id)])
    for (const d of this.view.documents)
      out.push([
        `Documents/${this.documentFile.get(d.document.id)}.md`,
        () => this.documentPage(d.document.id)
      ])
    for (const n of this.view.notes)
      out.push([`Notes/${this.noteFile.get(n.id)}.md`, () => this.notePage(n.id)])
    return out
  }

  // ---- links -------------------------------------------------------------------------------------------------

  private statementTarget(id: string): string | null {
    const entry = this.view.statementById.get(id)
    const block = this.blockId.get(id)
    return entry && block ? `Documents/${this.documentFile.get(entry.document.id)}#^${block}` : null
  }

  private annotationTarget(a: Annotation): string {
    return `Documents/${this.documentFile.get(a.documentId)}#^${this.blockId.get(`a:${a.id}`)}`
  }

  /** A wikilink to the statement's block when it is exported, its quote as text otherwise. */
  private statementLink(id: string, label?: string): PhrasingContent {
    const s = this.view.statementById.get(id)?.statement
    const target = this.statementTarget(id)
    const shown = label || quoted(s?.text ?? id)
    return target ? raw(wikilink(target, shown)) : text(s ? quoted(s.text) : shown)
  }

  private themeLink(id: string, label?: string): PhrasingContent[] {
    const entry = this.view.themeById.get(id)
    if (!entry) return [text(label || id)]
    const file = this.themeFile.get(id)
    return file
      ? [raw(wikilink(`Themes/${file}`, label ?? entry.theme.name))]
      : [text(label || entry.theme.name)]
  }

  private themesLine(themeIds: string[]): PhrasingContent[] {
    const out: PhrasingContent[] = []
    for (const id of themeIds) {
      const entry = this.view.themeById.get(id)
      if (!entry) continue
      out.push(text(out.length > 0 ? ' · ' : ''), ...this.themeLink(id), raw(` #${obsidianTag(entry.path)}`))
    }
    return out
  }

  // ---- pages -------------------------------------------------------------------------------------------------

  private *page(frontMatter: Record<string, unknown>, body: RootContent[]): Generator<void, string> {
    const yaml = YAML.stringify(frontMatter, { lineWidth: 0 })
    return `---\n${yaml}---\n\n${yield* stringifyMarkdownSteps(body, { obsidian: true })}`
  }

  private *documentPage(documentId: string): Generator<void, string> {
    const entry = this.documentEntry.get(documentId)!
    const { document } = entry
    const body: RootContent[] = []
    const url =
      document.source.url && /^https?:\/\//i.test(document.source.url) ? document.source.url : undefined
    if (url || document.source.publisher) {
      const source: PhrasingContent[] = [text('Source: ')]
      if (url) source.push({ type: 'link', url, children: [text(document.source.publisher || url)] })
      else source.push(text(document.source.publisher!))
      body.push(para(...source))
    }
    body.push(h2('Statements'))
    for (const s of entry.statements) {
      body.push(...this.statementBlocks(s))
      yield
    }
    if (entry.annotations.length > 0) body.push(h2('Annotations'))
    for (const a of entry.annotations) {
      body.push({ type: 'blockquote', children: [para(text(a.quote.exact))] })
      body.push(para(raw(`^${this.blockId.get(`a:${a.id}`)}`)))
      if (a.themeIds.length > 0) body.push(para(...this.themesLine(a.themeIds)))
      if (a.note)
        body.push(...(tiptapToMdast(a.note, this.chips({ headingOffset: 2 })).children as BlockContent[]))
      yield
    }
    return yield* this.page(
      {
        type: 'document',
        id: document.id,
        title: document.title,
        aliases: [document.title],
        published: document.publishedAt,
        imported: document.importedAt,
        authors: document.authors,
        ...(document.source.url ? { source: document.source.url } : {}),
        ...(document.source.publisher ? { publisher: document.source.publisher } : {})
      },
      body
    )
  }

  private statementBlocks(s: Statement): RootContent[] {
    const speaker = s.speakerId ? this.view.speakerById.get(s.speakerId) : undefined
    const file = s.speakerId ? this.speakerFile.get(s.speakerId) : undefined
    // Who said it and the themes; an unattributed statement gets the themes alone (no "Unattributed" line).
    const meta: PhrasingContent[] =
      speaker && file
        ? [
            text('— '),
            raw(wikilink(`Speakers/${file}`, speaker.name)),
            ...(speaker.role ? [text(` (${speaker.role})`)] : [])
          ]
        : []
    const themes = this.themesLine(s.themeIds)
    if (themes.length > 0) meta.push(...(meta.length > 0 ? [text(' · ')] : []), ...themes)
    const out: RootContent[] = [
      { type: 'blockquote', children: [para(text(s.text))] },
      para(raw(`^${this.blockId.get(s.id)}`)),
      ...(meta.length > 0 ? [para(...meta)] : [])
    ]
    const links = this.view.linksOf(s.id)
    if (links.length > 0) out.push(list(links.map((l) => this.linkItem(l, s.id))))
    return out
  }

  private linkItem(link: Link, selfId: string): PhrasingContent[] {
    const outgoing = link.fromId === selfId
    const other = this.statementLink(outgoing ? link.toId : link.fromId)
    const item = outgoing
      ? [strong(link.relation), text(' → '), other]
      : [other, text(' '), strong(link.relation), text(' this')]
    if (link.note.trim() !== '') item.push(text(` — ${link.note}`))
    return item
  }

  private *themePage(themeId: string): Generator<void, string> {
    const { theme, path } = this.view.themeById.get(themeId)!
    const file = this.themeFile.get(themeId)!
    const parentFile = theme.parentId ? this.themeFile.get(theme.parentId) : undefined
    const body: RootContent[] = []
    if (theme.description.trim() !== '') body.push(para(text(theme.description)))
    const children = this.view.themes.filter((t) => t.theme.parentId === themeId)
    if (children.length > 0) {
      body.push(h2('Sub-themes'))
      body.push(list(children.map((c) => this.themeLink(c.theme.id))))
    }
    const statements = this.view.statementsWithTheme(themeId)
    body.push(h2('Statements'))
    const items: PhrasingContent[][] = []
    for (const { statement } of statements) {
      items.push(this.statementWithSpeaker(statement))
      yield
    }
    body.push(
      statements.length === 0 ? para({ type: 'emphasis', children: [text('No statements.')] }) : list(items)
    )
    for (const { statement } of statements) {
      body.push(para(raw(embed(this.statementTarget(statement.id)!))))
      yield
    }
    const whole = new Set(statements.map((e) => e.statement.id))
    const throughSpan = this.view.spanCodedWithTheme(themeId).filter((e) => !whole.has(e.statement.id))
    if (throughSpan.length > 0) {
      const spanItems: PhrasingContent[][] = []
      for (const { statement, annotation } of throughSpan) {
        spanItems.push([
          ...this.statementWithSpeaker(statement),
          text(` — highlight “${annotation.quote.exact}”`)
        ])
        yield
      }
      body.push(h2('Coded through a highlight'), list(spanItems))
    }
    const annotations = this.view.annotationsWithTheme(themeId)
    if (annotations.length > 0) {
      body.push(h2('Annotations'))
      for (const { annotation } of annotations) {
        body.push(para(raw(embed(this.annotationTarget(annotation)))))
        yield
      }
    }
    return yield* this.page(
      {
        type: 'theme',
        id: theme.id,
        name: theme.name,
        aliases: theme.name !== file ? [theme.name] : [],
        path: path.join(' > '),
        color: theme.color,
        parent: parentFile ? wikilink(`Themes/${parentFile}`) : null,
        tags: [obsidianTag(path)]
      },
      body
    )
  }

  private statementWithSpeaker(s: Statement): PhrasingContent[] {
    const speaker = s.speakerId ? this.view.speakerById.get(s.speakerId) : undefined
    return [this.statementLink(s.id), ...(speaker ? [text(` — ${speaker.name}`)] : [])]
  }

  private *speakerPage(speakerId: string): Generator<void, string> {
    const speaker = this.view.speakerById.get(speakerId)!
    const statements = this.statementsBySpeaker.get(speakerId) ?? []
    const items = statements.map((s) => {
      const doc = this.view.statementById.get(s.id)!.document
      return [
        this.statementLink(s.id),
        text(' — '),
        raw(wikilink(`Documents/${this.documentFile.get(doc.id)}`, doc.title))
      ]
    })
    const body: RootContent[] = []
    if (speaker.role) body.push(para(text(speaker.role)))
    body.push(h2('Statements'), list(items))
    return yield* this.page(
      { type: 'speaker', id: speaker.id, name: speaker.name, aliases: speaker.aliases, role: speaker.role },
      body
    )
  }

  private *notePage(noteId: string): Generator<void, string> {
    const note = this.noteById.get(noteId)!
    const themes = note.themeIds
      .filter((id) => this.themeFile.has(id))
      .map((id) => wikilink(`Themes/${this.themeFile.get(id)}`))
    const body = tiptapToMdast(note.content, this.chips({})).children
    return yield* this.page(
      {
        type: 'note',
        id: note.id,
        title: note.title,
        created: note.createdAt,
        updated: note.updatedAt,
        themes
      },
      body
    )
  }

  private chips(o: { headingOffset?: number }): Parameters<typeof tiptapToMdast>[1] {
    return {
      ...o,
      statementRef: (id, label) => [this.statementLink(id, label)],
      themeRef: (id, label) => this.themeLink(id, label || undefined)
    }
  }
}
