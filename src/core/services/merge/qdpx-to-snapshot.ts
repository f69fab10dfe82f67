import { createHash } from 'node:crypto'
import { ApiError } from '../../../shared/api/errors'
import {
  MAX_CODER_NAME,
  plainTextToRichDoc,
  RELATIONS,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  THEME_PALETTE,
  type Annotation,
  type Coder,
  type Link,
  type Note,
  type Speaker,
  type Statement,
  type Theme,
  type ThemeCoding,
  WorkspaceSnapshot
} from '../../../shared/domain'
import type { DocumentBundle } from '../../model/change'
import { nowIso } from '../../model/new-id'
import { quoteSelector } from '../../model/quote-selector'
import { statementsInRange } from '../../model/statements-in-range'
import type { QdpxProject } from '../qdpx/qdpx-project'
import type { TextAnalysis } from '../ingest/analyze-text'
import { contentHash } from '../ingest/content-hash'
import { ingestText } from '../ingest/ingest-text'
import { extractLeadingDate } from '../segment/extract-leading-date'

/** A GUID as the tail of an id: itself when it may be one, else a digest of it. */
const idPart = (guid: string) =>
  /^[A-Za-z0-9_.-]{1,70}$/.test(guid) ? guid : createHash('sha256').update(guid).digest('hex').slice(0, 32)
const coderId = (guid: string) => `cd-${idPart(guid)}`
const themeId = (guid: string) => `th-${idPart(guid)}`
const isoOr = (value: string | undefined, fallback: string) =>
  value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback

/**
 * A REFI-QDA project as another workspace's export, for planMerge: its users become coders (`cd-<guid>`), its
 * codes themes (`th-<guid>`), its coded selections codings — of a whole statement when a selection spans exactly
 * one and carries no note, else highlights (`an-<guid>`) —, its notes and links notes and links (`nt-`, `ln-<guid>`),
 * so a second merge of the project finds them. A source whose text this workspace has (`local`, by content hash)
 * keeps that document and its statements; any other is segmented and attributed like an import (`analyses` are
 * the sandbox's, by source). A user with an empty or over-long name is refused in one line.
 */
export function qdpxToSnapshot(
  project: QdpxProject,
  analyses: readonly (TextAnalysis | null)[],
  local: { documents: Iterable<DocumentBundle>; speakers: Iterable<Speaker> },
  fileName: string
): WorkspaceSnapshot {
  const now = nowIso()
  const refuse = (what: string): never => {
    throw new ApiError('INVALID_INPUT', `${fileName}: ${what}; nothing was changed`)
  }
  const coders: Coder[] = (project.users ?? []).map((u) => {
    const name = u.name === undefined ? `User ${u.guid.slice(0, 8)}` : u.name.trim()
    if (!name) refuse(`user ${u.guid} has an empty name`)
    if (name.length > MAX_CODER_NAME)
      refuse(`user “${name.slice(0, 40)}…” has a name longer than ${MAX_CODER_NAME} characters`)
    return { id: coderId(u.guid), name }
  })
  const known = new Set(coders.map((c) => c.id))
  const projectName = project.name.trim() || fileName
  // Work the project credits to nobody (or to a user it does not list) is its first user's, or the project's.
  const fallback =
    coders[0]?.id ?? `cd-${createHash('sha256').update(projectName).digest('hex').slice(0, 12)}`
  if (coders.length === 0)
    coders.push({ id: fallback, name: `Coder of ${projectName}`.slice(0, MAX_CODER_NAME).trim() })
  const userOf = (guid: string | undefined) => (guid && known.has(coderId(guid)) ? coderId(guid) : fallback)

  const themes: Theme[] = project.codes.map((code, i) => ({
    id: themeId(code.guid),
    name: code.name.trim().slice(0, 200) || 'Untitled code',
    color: code.color ?? THEME_PALETTE[i % THEME_PALETTE.length]!.hex,
    parentId: code.parentGuid ? themeId(code.parentGuid) : null,
    description: (code.description ?? '').slice(0, 5000),
    order: i
  }))

  const byHash = new Map<string, DocumentBundle>()
  for (const b of local.documents) byHash.set(b.document.contentHash, b)
  const speakers: Speaker[] = [...local.speakers]
  const documents: WorkspaceSnapshot['documents'] = []
  const selectionStatement = new Map<string, string>()
  for (const [i, src] of project.sources.entries()) {
    if (!src.text.trim()) continue
    const here = byHash.get(contentHash(src.text))
    let bundle: DocumentBundle
    if (here) {
      const bare = here.statements.map(({ codedBy: _drop, ...st }): Statement => ({ ...st, themeIds: [] }))
      bundle = { document: here.document, statements: bare, annotations: [] }
    } else {
      const lead = extractLeadingDate(src.text)
      const ingested = ingestText(
        {
          text: src.text,
          title: src.name.trim().slice(0, 200) || 'Untitled source',
          publishedAt: lead.date,
          bodyStart: lead.bodyStart,
          source: { fileName: src.name.slice(0, 500) }
        },
        speakers,
        analyses[i] ?? undefined
      )
      speakers.push(...ingested.newSpeakers)
      bundle = ingested.bundle
    }
    const byRange = new Map(bundle.statements.map((st, k) => [`${st.start}:${st.end}`, k]))
    for (const sel of src.selections) {
      const by = userOf(sel.creatingUser)
      const at = isoOr(sel.creationDateTime, now)
      const codings: ThemeCoding[] = sel.codeGuids.map((g) => ({
        themeId: themeId(g),
        createdBy: userOf(sel.codingUsers?.[g] ?? sel.creatingUser),
        createdAt: at
      }))
      const whole = byRange.get(`${sel.start}:${sel.end}`)
      if (whole !== undefined && !sel.note) {
        const st = bundle.statements[whole]!
        selectionStatement.set(sel.guid, st.id)
        const fresh = codings.filter(
          (c) => !st.codedBy?.some((x) => x.themeId === c.themeId && x.createdBy === c.createdBy)
        )
        bundle.statements[whole] = {
          ...st,
          themeIds: [...new Set([...st.themeIds, ...codings.map((c) => c.themeId)])],
          ...((st.codedBy || fresh.length > 0) && { codedBy: [...(st.codedBy ?? []), ...fresh] })
        }
        continue
      }
      const first = statementsInRange(bundle.statements, sel.start, sel.end)[0]
      if (first) selectionStatement.set(sel.guid, first.id)
      const quote = quoteSelector(src.text, sel.start, sel.end)
      if (sel.end <= sel.start || !quote.exact.trim()) continue
      const highlight: Annotation = {
        id: `an-${idPart(sel.guid)}`,
        documentId: bundle.document.id,
        start: sel.start,
        end: sel.end,
        quote,
        themeIds: [...new Set(codings.map((c) => c.themeId))],
        ...(codings.length > 0 && { codedBy: codings }),
        note: sel.note?.trim() ? plainTextToRichDoc(sel.note) : null,
        notePlain: sel.note?.trim() ?? '',
        createdBy: by,
        createdAt: at,
        updatedAt: at
      }
      bundle.annotations.push(highlight)
    }
    documents.push(bundle)
  }

  const notes: Note[] = project.notes.map((n) => ({
    id: `nt-${idPart(n.guid)}`,
    title: n.name.trim().slice(0, 200) || 'Imported note',
    content: plainTextToRichDoc(n.text),
    plain: n.text.slice(0, 200_000),
    statementIds: [],
    themeIds: [],
    createdBy: userOf(n.creatingUser),
    createdAt: now,
    updatedAt: now
  }))
  const links: Link[] = []
  for (const l of project.links) {
    const fromId = selectionStatement.get(l.originGuid)
    const toId = selectionStatement.get(l.targetGuid)
    if (!fromId || !toId || fromId === toId) continue
    const name = l.name.toLowerCase()
    links.push({
      id: `ln-${idPart(l.guid)}`,
      fromId,
      toId,
      relation: RELATIONS.find((r) => name.includes(r)) ?? 'elaborates',
      note: l.name.slice(0, 20_000),
      createdBy: userOf(l.creatingUser),
      createdAt: now
    })
  }
  const snapshot = WorkspaceSnapshot.safeParse({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: now,
    meta: { id: 'ws-qdpx', name: projectName.slice(0, 200), createdAt: now },
    coders,
    coderId: fallback,
    themes,
    // This workspace's speakers too: the statements of its documents name them.
    speakers,
    documents,
    links,
    notes
  })
  if (!snapshot.success) {
    const issue = snapshot.error.issues[0]!
    refuse(`cannot be merged (${issue.path.join('.')}: ${issue.message})`)
  }
  return snapshot.data!
}
