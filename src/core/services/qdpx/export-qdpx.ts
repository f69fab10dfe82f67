import { strToU8, zipSync, type Zippable } from 'fflate'
import type { Annotation, Document, Statement, ThemeCoding, WorkspaceSnapshot } from '../../../shared/domain'
import { utf16ToCodePoint } from '../export/utf16-to-code-point'
import {
  resolveExportView,
  resolveExportViewInSlices,
  type ExportScope,
  type ExportView
} from '../export/export-view'
import { qdaCodes, qdaGuid } from './qda-codes'
import { finishAtOnce, finishInSlices, runInSlices, type SliceControl } from '../export/run-in-slices'
import { zipInSlices, type ZipInSlicesOptions } from '../export/zip-in-slices'
import { renderXmlSteps, type XmlElement } from './xml-writer'

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0'

export interface QdaProject {
  /** project.qde */
  qde: string
  /** `sources/<guid>.txt` → the document text exactly as stored. */
  sources: Map<string, string>
}

/**
 * A REFI-QDA project (`.qdpx`): a zip of `project.qde` (QDA-XML 1.0) and `sources/<guid>.txt`.
 * See `buildQdaProject` for what goes in it.
 */
export function exportQdpx(snapshot: WorkspaceSnapshot, scope?: ExportScope): Uint8Array {
  return zipSync(zipFiles(buildQdaProject(snapshot, scope)), zipOptions(snapshot))
}

/**
 * The same file, with turns for other work between documents (progress, cancel, a responsive server), and a zip
 * of the same bytes made without holding the event loop (see zipInSlices).
 */
export async function exportQdpxInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl = {}
): Promise<Uint8Array> {
  const builder = new QdaProjectBuilder(await resolveExportViewInSlices(snapshot, scope, ctl))
  await finishInSlices(builder.prepareSteps(), ctl)
  const steps = builder.documentSteps()
  // Two more steps: the project file, then the zip.
  const total = steps.length + 2
  const progress = (done: number) => ctl.onProgress?.(done, total)
  await runInSlices(steps, { ...ctl, onProgress: progress })
  const { qde, sources } = await finishInSlices(builder.buildSteps(), ctl)
  progress(total - 1)
  const data = await zipInSlices([['project.qde', qde], ...sources], zipOptions(snapshot), ctl)
  progress(total)
  return data
}

function zipFiles(project: QdaProject): Zippable {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(project.qde) }
  for (const [path, text] of project.sources) files[path] = strToU8(text)
  return files
}

function zipOptions(snapshot: WorkspaceSnapshot): ZipInSlicesOptions {
  const exported = Date.parse(snapshot.exportedAt)
  const mtime =
    Number.isNaN(exported) || exported < Date.UTC(1980, 1, 1)
      ? new Date(Date.UTC(1980, 1, 1))
      : new Date(exported)
  return { level: 6, mtime }
}

/**
 * The project.qde and source texts of a REFI-QDA export.
 *
 * - Users: the workspace's coders (and a "Dossier user" for work recorded before coders were), each element's
 *   creatingUser the coder who made it. CodeBook: the themes as nested Codes (see qdaCodes).
 * - Cases: one per speaker, with a SelectionRef to each of their exported statements.
 * - Sources: one TextSource per document, its text written to `sources/<guid>.txt` as UTF-8 without a BOM and
 *   with nothing normalised: CRLF stays CRLF. Positions count characters (Unicode code points) of that text, so
 *   CR and LF are one character each and an emoji is one (Dossier's UTF-16 offsets are converted). A tool that
 *   rewrites CRLF as LF on import will see later positions shifted — that is the tool's normalisation, not ours.
 * - A PlainTextSelection per annotation (Description = its note, a Coding per theme and coder, a NoteRef to its
 *   note) and per statement that is tagged, linked or referenced by a note (a Coding per theme and coder, NoteRefs
 *   to those notes).
 * - Notes: Dossier notes, annotation notes and link notes, as `Note` text sources with PlainTextContent.
 * - Links: `Link` name=relation, direction OneWay, from/to the statements' selections, when both are exported.
 * GUIDs are name-based UUIDs of the Dossier ids, so re-exporting gives the same GUIDs.
 */
export function buildQdaProject(snapshot: WorkspaceSnapshot, scope?: ExportScope): QdaProject {
  const builder = new QdaProjectBuilder(resolveExportView(snapshot, scope))
  finishAtOnce(builder.prepareSteps())
  for (const step of builder.documentSteps()) finishAtOnce(step())
  const { qde, sources } = finishAtOnce(builder.buildSteps())
  return { qde: qde.join(''), sources }
}

class QdaProjectBuilder {
  private readonly guid: ReturnType<typeof qdaGuid>
  /** The user of work no coder is recorded for. */
  private readonly user: string
  private readonly coderIds: Set<string>
  private anonymous = false
  /** Statements that get a PlainTextSelection. */
  private readonly selected = new Set<string>()
  private readonly noteRefs = new Map<string, string[]>()
  private readonly notes: XmlElement[] = []
  private readonly links
  private readonly sources = new Map<string, string>()
  /** Each document's TextSource, written as it sits in the project (two levels deep). */
  private readonly textSources: string[] = []

  constructor(private readonly view: ExportView) {
    this.guid = qdaGuid(view.snapshot.meta.id)
    this.user = this.guid('user', view.snapshot.meta.id)
    this.coderIds = new Set((view.snapshot.coders ?? []).map((c) => c.id))
    this.links = view.links.filter(
      (l) => view.isStatementInScope(l.fromId) && view.isStatementInScope(l.toId)
    )
  }

  /** What the documents' steps need from the whole workspace, pausing as it goes: run it first. */
  *prepareSteps(): Generator<void, void> {
    const { view } = this
    for (const d of view.documents) {
      for (const s of d.statements) if (s.themeIds.some(view.isThemeInScope)) this.selected.add(s.id)
      yield
    }
    for (const l of this.links) this.selected.add(l.fromId).add(l.toId)
    for (const n of view.notes) {
      const g = this.guid('note', n.id)
      this.notes.push(this.note(g, n.title, n.plain, n.createdBy, n.createdAt, n.updatedAt))
      for (const id of n.statementIds) {
        if (!view.isStatementInScope(id)) continue
        this.selected.add(id)
        const refs = this.noteRefs.get(id)
        if (refs) refs.push(g)
        else this.noteRefs.set(id, [g])
      }
      yield
    }
  }

  /** One step per document (pausing inside a long one), to run in order before buildSteps. */
  documentSteps(): (() => Generator<void, void>)[] {
    return this.view.documents.map((d) => () => this.addDocument(d.document, d.statements, d.annotations))
  }

  private *addDocument(
    document: Document,
    statements: Statement[],
    annotations: Annotation[]
  ): Generator<void, void> {
    const el = yield* this.textSource(document, statements, annotations)
    if (
      this.view.scope.themeId !== undefined &&
      el.children!.every((c) => typeof c !== 'string' && c.name === 'Description')
    )
      return
    this.textSources.push((yield* renderAtDepth(el, 2)).join(''))
    this.sources.set(`sources/${this.guid('document', document.id)}.txt`, document.text)
  }

  /**
   * The project once every document is added, pausing as it writes: project.qde in parts (to join), and the
   * sources.
   */
  *buildSteps(): Generator<void, { qde: string[]; sources: Map<string, string> }> {
    const { view, guid, sources } = this
    const links: XmlElement[] = []
    for (const l of this.links) {
      const children: XmlElement[] = []
      if (l.note.trim() !== '') {
        const g = guid('link-note', l.id)
        this.notes.push(this.note(g, `${l.relation}: ${l.note}`, l.note, l.createdBy, l.createdAt))
        children.push({ name: 'NoteRef', attrs: { targetGUID: g } })
      }
      const attrs = { guid: guid('link', l.id), name: l.relation, direction: 'OneWay' }
      links.push({
        name: 'Link',
        attrs: { ...attrs, originGUID: guid('statement', l.fromId), targetGUID: guid('statement', l.toId) },
        children
      })
      yield
    }
    const codes = qdaCodes(view)
    const { meta, exportedAt, coders = [] } = view.snapshot
    const user = this.userOf(view.snapshot.coderId)
    const users = coders.map((c) => ({ name: 'User', attrs: { guid: guid('user', c.id), name: c.name } }))
    if (this.anonymous || users.length === 0)
      users.push({ name: 'User', attrs: { guid: this.user, name: 'Dossier user' } })
    const children: XmlElement[] = [{ name: 'Users', children: users }]
    if (codes.length > 0) children.push({ name: 'CodeBook', children: [{ name: 'Codes', children: codes }] })
    const cases = yield* this.cases()
    if (cases.length > 0) children.push({ name: 'Cases', children: cases })
    // The documents' TextSources, already written, in the place of one element.
    const sourcesSlot: XmlElement = { name: 'TextSource' }
    if (this.textSources.length > 0) children.push({ name: 'Sources', children: [sourcesSlot] })
    if (this.notes.length > 0) children.push({ name: 'Notes', children: this.notes })
    if (links.length > 0) children.push({ name: 'Links', children: links })
    children.push({ name: 'Description', children: [`Exported from Dossier workspace “${meta.name}”.`] })
    const project: XmlElement = {
      name: 'Project',
      attrs: {
        xmlns: QDE_NAMESPACE,
        name: meta.name,
        origin: 'Dossier',
        creatingUserGUID: user,
        creationDateTime: dt(meta.createdAt),
        modifyingUserGUID: user,
        modifiedDateTime: dt(exportedAt)
      },
      children
    }
    const qde = yield* renderXmlSteps(project, { verbatim: new Map([[sourcesSlot, this.textSources]]) })
    return { qde, sources }
  }

  private *textSource(
    document: Document,
    statements: Statement[],
    annotations: Annotation[]
  ): Generator<void, XmlElement> {
    const { guid } = this
    const cp = utf16ToCodePoint(document.text)
    const selections: { start: number; end: number; el: XmlElement }[] = []
    for (const s of statements.filter((s) => this.selected.has(s.id))) {
      const codings = this.codings(s, `statement:${s.id}`, document.importedAt)
      const first = codings.first
      const children = [...codings.elements]
      for (const g of this.noteRefs.get(s.id) ?? [])
        children.push({ name: 'NoteRef', attrs: { targetGUID: g } })
      const attrs = {
        guid: guid('statement', s.id),
        name: shorten(s.text),
        startPosition: cp(s.start),
        endPosition: cp(s.end)
      }
      selections.push({
        start: s.start,
        end: s.end,
        el: {
          name: 'PlainTextSelection',
          attrs: {
            ...attrs,
            creatingUser: this.userOf(first?.createdBy),
            creationDateTime: dt(first?.createdAt ?? document.importedAt)
          },
          children
        }
      })
      yield
    }
    for (const a of annotations) {
      const children: XmlElement[] = []
      const hasNote = a.notePlain.trim() !== ''
      if (hasNote) children.push({ name: 'Description', children: [a.notePlain] })
      children.push(...this.codings(a, `annotation:${a.id}`, a.createdAt).elements)
      if (hasNote) {
        const g = guid('annotation-note', a.id)
        const name = `Note on “${shorten(a.quote.exact, 60)}”`
        this.notes.push(this.note(g, name, a.notePlain, a.createdBy, a.createdAt, a.updatedAt))
        children.push({ name: 'NoteRef', attrs: { targetGUID: g } })
      }
      const attrs = {
        guid: guid('annotation', a.id),
        name: shorten(a.quote.exact),
        startPosition: cp(a.start),
        endPosition: cp(a.end)
      }
      const dates = {
        creatingUser: this.userOf(a.createdBy),
        creationDateTime: dt(a.createdAt),
        modifyingUser: this.userOf(a.createdBy),
        modifiedDateTime: dt(a.updatedAt)
      }
      selections.push({
        start: a.start,
        end: a.end,
        el: { name: 'PlainTextSelection', attrs: { ...attrs, ...dates }, children }
      })
      yield
    }
    selections.sort((x, y) => x.start - y.start || x.end - y.end)
    const g = guid('document', document.id)
    const about = [
      document.publishedAt ? `Published ${document.publishedAt}` : '',
      document.authors.join(', '),
      document.source.publisher ?? '',
      document.source.url ?? ''
    ].filter((s) => s !== '')
    return {
      name: 'TextSource',
      attrs: {
        guid: g,
        name: document.title,
        plainTextPath: `internal://${g}.txt`,
        creatingUser: this.userOf(this.view.snapshot.coderId),
        creationDateTime: dt(document.importedAt)
      },
      children: [
        ...(about.length > 0 ? [{ name: 'Description', children: [about.join(' · ')] }] : []),
        ...selections.map((s) => s.el)
      ]
    }
  }

  /**
   * A Coding per in-scope theme and coder who applied it (one without a coder for older work), and the earliest
   * coding of them.
   */
  private codings(
    entity: { themeIds: string[]; codedBy?: ThemeCoding[] },
    selectionKey: string,
    at: string
  ): { elements: XmlElement[]; first: ThemeCoding | undefined } {
    const themes = entity.themeIds.filter(this.view.isThemeInScope)
    const stamps = (entity.codedBy ?? []).filter((c) => themes.includes(c.themeId))
    const coding = (t: string, guid: string, by: string | undefined, when: string): XmlElement => ({
      name: 'Coding',
      attrs: { guid, creatingUser: this.userOf(by), creationDateTime: dt(when) },
      children: [{ name: 'CodeRef', attrs: { targetGUID: this.guid('theme', t) } }]
    })
    const elements = themes.flatMap((t) => {
      const mine = stamps.filter((c) => c.themeId === t)
      if (mine.length === 0) return [coding(t, this.guid('coding', selectionKey, t), undefined, at)]
      return mine.map((c) =>
        coding(t, this.guid('coding', selectionKey, t, c.createdBy), c.createdBy, c.createdAt)
      )
    })
    const first = stamps.reduce<ThemeCoding | undefined>(
      (a, c) => (!a || c.createdAt < a.createdAt ? c : a),
      undefined
    )
    return { elements, first }
  }

  /** The GUID of a coder's User, or of the "Dossier user" for work without a (known) coder. */
  private userOf(coderId: string | undefined): string {
    if (coderId !== undefined && this.coderIds.has(coderId)) return this.guid('user', coderId)
    this.anonymous = true
    return this.user
  }

  private *cases(): Generator<void, XmlElement[]> {
    const bySpeaker = new Map<string, string[]>()
    for (const d of this.view.documents) {
      for (const s of d.statements) {
        if (!s.speakerId || !this.selected.has(s.id)) continue
        const guids = bySpeaker.get(s.speakerId)
        if (guids) guids.push(this.guid('statement', s.id))
        else bySpeaker.set(s.speakerId, [this.guid('statement', s.id)])
      }
      yield
    }
    return this.view.snapshot.speakers
      .filter((sp) => bySpeaker.has(sp.id))
      .map((sp) => ({
        name: 'Case',
        attrs: { guid: this.guid('speaker', sp.id), name: sp.name },
        children: [
          ...(sp.role ? [{ name: 'Description', children: [sp.role] }] : []),
          ...bySpeaker.get(sp.id)!.map((g) => ({ name: 'SelectionRef', attrs: { targetGUID: g } }))
        ]
      }))
  }

  private note(
    guid: string,
    name: string,
    text: string,
    createdBy: string | undefined,
    created: string,
    modified?: string
  ): XmlElement {
    const user = this.userOf(createdBy)
    return {
      name: 'Note',
      attrs: {
        guid,
        name,
        creatingUser: user,
        creationDateTime: dt(created),
        modifyingUser: modified ? user : undefined,
        modifiedDateTime: dt(modified)
      },
      children: [{ name: 'PlainTextContent', children: [text] }]
    }
  }
}

/**
 * An element as renderXml writes it `depth` levels deep in a document: its lines, indented, in parts (to join);
 * pausing after each of its children.
 */
function* renderAtDepth(el: XmlElement, depth: number): Generator<void, string[]> {
  let wrapped = el
  for (let i = 0; i < depth; i++) wrapped = { name: 'W', children: [wrapped] }
  const parts = yield* renderXmlSteps(wrapped, { pauseDepth: depth + 1 })
  const lines = (close: boolean) =>
    Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}<${close ? '/' : ''}W>\n`)
  const head = ['<?xml version="1.0" encoding="UTF-8"?>\n', ...lines(false)]
  const tail = lines(true).reverse()
  const around = [...parts.slice(0, head.length), ...parts.slice(parts.length - tail.length)]
  if (around.join('') !== [...head, ...tail].join('')) throw new Error('unexpected XML around an element')
  return parts.slice(head.length, parts.length - tail.length)
}

function shorten(s: string, max = 100): string {
  const chars = Array.from(s.replace(/\s+/g, ' ').trim())
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')
}

/** An xsd:dateTime for an ISO timestamp (seconds are required there), or undefined when it is not one. */
function dt(s: string | undefined): string | undefined {
  if (s === undefined || Number.isNaN(Date.parse(s))) return undefined
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s)
    ? s
    : new Date(s).toISOString()
}
