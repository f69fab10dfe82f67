import type { Annotation, Coder, Document, Link, Statement, WorkspaceSnapshot } from '../../../shared/domain'
import { utf16ToCodePoint } from './utf16-to-code-point'
import {
  resolveExportView,
  resolveExportViewInSlices,
  type DocumentEntry,
  type ExportScope,
  type ExportView
} from './export-view'
import { runInSlices, type SliceControl } from './run-in-slices'
import { indentedJson, spliceJsonArray } from './splice-json-array'
import { textQuoteContext } from './text-quote-context'

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export type W3cMotivation = 'commenting' | 'describing' | 'highlighting' | 'linking' | 'tagging'

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix?: string
  suffix?: string
}
export interface W3cTextPositionSelector {
  type: 'TextPositionSelector'
  /** In Unicode code points, as the model requires (Dossier stores UTF-16 offsets). */
  start: number
  end: number
}
export interface W3cSpecificResource {
  type: 'SpecificResource'
  /** `urn:dossier:document:<id>`, or the document's http(s) URL when it has one. */
  source: string
  selector: [W3cTextQuoteSelector, W3cTextPositionSelector]
}
export interface W3cTextualBody {
  type: 'TextualBody'
  purpose: W3cMotivation
  value: string
  format?: 'text/plain'
}
/** A coder, as the model's Agent. */
export interface W3cCreator {
  id: string
  type: 'Person'
  name: string
}
export interface W3cAnnotation {
  id: string
  type: 'Annotation'
  motivation: W3cMotivation
  /** The coder who made it (the coders who applied a statement's themes), when recorded. */
  creator?: W3cCreator | W3cCreator[]
  created: string
  modified?: string
  generator: typeof GENERATOR
  body?: (W3cTextualBody | W3cSpecificResource)[]
  target: W3cSpecificResource
}
export interface W3cAnnotationCollection {
  '@context': typeof W3C_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  generated?: string
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] }
}

const GENERATOR = { id: 'urn:dossier:software', type: 'Software', name: 'Dossier' } as const

/**
 * The workspace (or scope) as a W3C Web Annotation Data Model collection (JSON-LD), with one page holding:
 * every annotation (`highlighting`; `commenting` with a plain-text body when it has a note; a `tagging` body
 * per theme, so `tagging` when it has themes but no note), every tagged statement (`tagging`), and every link
 * (`linking`: target = the `from` statement, body = the `to` statement plus a `describing` body naming the
 * relation and a `commenting` body for the link's note). Items inherit the collection's `@context`.
 * Ids: `urn:dossier:annotation:<id>`, `urn:dossier:tagging:<statementId>`, `urn:dossier:link:<id>`.
 * `creator` is the coder who made the item (`urn:dossier:coder:<id>`); a statement's tagging has the coders who
 * applied its themes and was `created` when the first did.
 */
export function exportW3c(snapshot: WorkspaceSnapshot, scope?: ExportScope): W3cAnnotationCollection {
  const view = resolveExportView(snapshot, scope)
  const w = writerOf(view, snapshot)
  const items: W3cAnnotation[] = view.documents.flatMap((entry) => documentItems(w, view, entry))
  for (const l of view.links) items.push(w.link(l))
  return collection(snapshot, items.length, items)
}

/**
 * The collection as JSON-LD text (2-space indent, trailing newline), with turns for other work between
 * documents and links (progress, cancel, a responsive server): each item is written as it is made, then the
 * collection around them.
 */
export async function exportW3cInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl = {}
): Promise<string> {
  const view = await resolveExportViewInSlices(snapshot, scope, ctl)
  const w = writerOf(view, snapshot)
  const write = (items: W3cAnnotation[]) => items.map((item) => indentedJson(item, 3))
  const steps = [
    ...view.documents.map((entry) => () => write(documentItems(w, view, entry))),
    ...view.links.map((l) => () => write([w.link(l)]))
  ]
  const items = (await runInSlices(steps, ctl)).flat()
  const head = JSON.stringify(collection(snapshot, items.length, []), null, 2)
  return `${spliceJsonArray(head, 'items', 2, items)}\n`
}

const writerOf = (view: ExportView, snapshot: WorkspaceSnapshot) =>
  new W3cWriter(view, new Map((snapshot.coders ?? []).map((c) => [c.id, c])))

/** A document's items: its tagged statements, then its annotations. */
function documentItems(
  w: W3cWriter,
  view: ExportView,
  { document, statements, annotations }: DocumentEntry
): W3cAnnotation[] {
  const items: W3cAnnotation[] = []
  for (const s of statements)
    if (s.themeIds.some(view.isThemeInScope)) items.push(w.statementTagging(s, document))
  for (const a of annotations) items.push(w.annotation(a, document))
  return items
}

function collection(
  snapshot: WorkspaceSnapshot,
  total: number,
  items: W3cAnnotation[]
): W3cAnnotationCollection {
  const base = `urn:dossier:collection:${snapshot.meta.id}`
  return {
    '@context': W3C_CONTEXT,
    id: base,
    type: 'AnnotationCollection',
    label: snapshot.meta.name,
    total,
    ...(isIsoDateTime(snapshot.exportedAt) ? { generated: snapshot.exportedAt } : {}),
    first: { id: `${base}:page:0`, type: 'AnnotationPage', startIndex: 0, items }
  }
}

class W3cWriter {
  private readonly converters = new Map<string, (offset: number) => number>()

  constructor(
    private readonly view: ExportView,
    private readonly coders: ReadonlyMap<string, Coder>
  ) {}

  annotation(a: Annotation, document: Document): W3cAnnotation {
    const body: W3cTextualBody[] = []
    const hasNote = a.notePlain.trim() !== ''
    if (hasNote)
      body.push({ type: 'TextualBody', purpose: 'commenting', value: a.notePlain, format: 'text/plain' })
    body.push(...this.tags(a.themeIds))
    const { exact, prefix, suffix } = a.quote
    return {
      id: `urn:dossier:annotation:${a.id}`,
      type: 'Annotation',
      motivation: hasNote ? 'commenting' : body.length > 0 ? 'tagging' : 'highlighting',
      ...this.creator([a.createdBy]),
      created: a.createdAt,
      modified: a.updatedAt,
      generator: GENERATOR,
      ...(body.length > 0 ? { body } : {}),
      target: this.target(document, a.start, a.end, exact, prefix, suffix)
    }
  }

  statementTagging(s: Statement, document: Document): W3cAnnotation {
    const codings = (s.codedBy ?? [])
      .filter((c) => this.view.isThemeInScope(c.themeId))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return {
      id: `urn:dossier:tagging:${s.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      ...this.creator(codings.map((c) => c.createdBy)),
      created: codings[0]?.createdAt ?? document.importedAt,
      generator: GENERATOR,
      body: this.tags(s.themeIds),
      target: this.statementTarget(s, document)
    }
  }

  link(l: Link): W3cAnnotation {
    const from = this.view.statementById.get(l.fromId)!
    const to = this.view.statementById.get(l.toId)!
    const body: W3cAnnotation['body'] = [
      this.statementTarget(to.statement, to.document),
      { type: 'TextualBody', purpose: 'describing', value: l.relation }
    ]
    if (l.note.trim() !== '')
      body.push({ type: 'TextualBody', purpose: 'commenting', value: l.note, format: 'text/plain' })
    return {
      id: `urn:dossier:link:${l.id}`,
      type: 'Annotation',
      motivation: 'linking',
      ...this.creator([l.createdBy]),
      created: l.createdAt,
      generator: GENERATOR,
      body,
      target: this.statementTarget(from.statement, from.document)
    }
  }

  /** `creator`: the known coders among `ids`, each once; nothing when there is none. */
  private creator(ids: (string | undefined)[]): { creator?: W3cCreator | W3cCreator[] } {
    const agents = [...new Set(ids)].flatMap((id) => {
      const coder = id === undefined ? undefined : this.coders.get(id)
      return coder ? [{ id: `urn:dossier:coder:${coder.id}`, type: 'Person' as const, name: coder.name }] : []
    })
    return agents.length === 0 ? {} : { creator: agents.length === 1 ? agents[0]! : agents }
  }

  private tags(themeIds: string[]): W3cTextualBody[] {
    return themeIds.flatMap((id) => {
      const theme = this.view.themeById.get(id)?.theme
      // No `id` on the body: the suite reads any body with an id and no source as an External Web Resource,
      // which may not carry a purpose (3.3.5-bodyEWRNoPurpose).
      return theme ? [{ type: 'TextualBody' as const, purpose: 'tagging' as const, value: theme.name }] : []
    })
  }

  private statementTarget(s: Statement, document: Document): W3cSpecificResource {
    const exact = document.text.slice(s.start, s.end)
    const { prefix, suffix } = textQuoteContext(document.text, s.start, s.end)
    return this.target(document, s.start, s.end, exact, prefix, suffix)
  }

  private target(
    document: Document,
    start: number,
    end: number,
    exact: string,
    prefix: string,
    suffix: string
  ): W3cSpecificResource {
    let cp = this.converters.get(document.id)
    if (!cp) this.converters.set(document.id, (cp = utf16ToCodePoint(document.text)))
    const quote: W3cTextQuoteSelector = { type: 'TextQuoteSelector', exact }
    if (prefix !== '') quote.prefix = prefix
    if (suffix !== '') quote.suffix = suffix
    return {
      type: 'SpecificResource',
      source: sourceOf(document),
      selector: [quote, { type: 'TextPositionSelector', start: cp(start), end: cp(end) }]
    }
  }
}

/** The document's own http(s) URL when it has a valid one, else its Dossier URN. */
export function sourceOf(document: Document): string {
  const url = document.source.url?.trim()
  if (url && /^https?:\/\//i.test(url) && URL.canParse(url)) return new URL(url).href
  return `urn:dossier:document:${document.id}`
}

function isIsoDateTime(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
    !Number.isNaN(Date.parse(s))
  )
}
