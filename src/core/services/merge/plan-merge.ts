import { ApiError } from '../../../shared/api/errors'
import type { MergeSummary } from '../../../shared/api/merge'
import {
  collectRefs,
  findSpeakerByName,
  MAX_CODER_NAME,
  type Annotation,
  type Coder,
  type Link,
  type Note,
  type Speaker,
  type Statement,
  type ThemeCoding,
  type WorkspaceSnapshot
} from '../../../shared/domain'
import type { Change, DocumentBundle } from '../../model/change'
import { legacyCoderId } from '../../model/coders'
import { newId, nowIso } from '../../model/new-id'
import type { WorkspaceState } from '../../model/workspace-state'
import { checkIncoming } from './check-incoming'
import { incomingCodings, withCodings } from './incoming-codings'
import { matchThemes } from './match-themes'
import { remapRefs } from './remap-refs'

export interface MergeOptions {
  /** The file's name, for messages. */
  fileName: string
  kind: MergeSummary['kind']
  /** Add the file's documents even when it shares none with this workspace. */
  addSources: boolean
}

export interface MergePlan {
  changes: Change[]
  summary: MergeSummary
}

type Work = { codings: number; annotations: number; links: number; notes: number }
const noWork = (): Work => ({ codings: 0, annotations: 0, links: 0, notes: 0 })
const MAX_LINES = 200
const rangeKey = (e: { start: number; end: number }) => `${e.start}:${e.end}`

/**
 * Another workspace's work as changes to this one, and the summary of them. Documents are matched by content hash
 * and their statements by offsets (the text is the same); themes by id, path or name (see matchThemes). Codings,
 * highlights, links and notes come in under the coder the file credits them to, keeping their ids; whatever is here
 * already (the same id, the same coding by the same coder, the same link, a highlight of the same span by the same
 * coder) is not brought in again, and nothing of this workspace is replaced or removed — so a second merge of the
 * same file changes nothing. A file sharing no document with this workspace is refused unless `addSources`.
 */
export function planMerge(s: WorkspaceState, snap: WorkspaceSnapshot, opts: MergeOptions): MergePlan {
  const roster = s.coderRoster()
  if (!roster) throw new ApiError('DAMAGED', 'workspace.json is damaged; restore it before merging')
  checkIncoming(snap, opts.fileName)
  const conflicts: string[] = []
  const remarks: string[] = []
  const changes: Change[] = []
  const fallbackAt = Number.isNaN(Date.parse(snap.exportedAt))
    ? nowIso()
    : new Date(snap.exportedAt).toISOString()

  // Coders: the file's, by id; work it credits to nobody is its current coder's.
  const theirCoders: Coder[] = snap.coders?.length
    ? snap.coders
    : [
        {
          id: legacyCoderId(snap.meta.id),
          name: `Analyst of ${snap.meta.name}`.slice(0, MAX_CODER_NAME).trim()
        }
      ]
  const defaultBy = theirCoders.find((c) => c.id === snap.coderId)?.id ?? theirCoders[0]!.id
  const work = new Map<string, Work>()
  const tally = (by: string, what: keyof Work) => {
    let w = work.get(by)
    if (!w) work.set(by, (w = noWork()))
    w[what]++
  }
  const here = noWork()

  const themes = matchThemes([...s.themes.values()], snap.themes)
  const theme = (id: string) => themes.map.get(id)
  for (const { theme: t } of themes.added) changes.push({ kind: 'theme', before: null, after: t })

  // Documents: by content hash. Statements of a matched one: by offsets.
  const byHash = new Map<string, DocumentBundle>()
  for (const b of s.docs.values())
    if (!byHash.has(b.document.contentHash)) byHash.set(b.document.contentHash, b)
  const statementMap = new Map<string, string>()
  const documentMap = new Map<string, string>()
  const matched: MergeSummary['documents']['matched'] = []
  const lacking: WorkspaceSnapshot['documents'] = []
  for (const d of snap.documents) {
    const local = byHash.get(d.document.contentHash)
    if (!local) {
      lacking.push(d)
      continue
    }
    matched.push({ id: local.document.id, title: local.document.title })
    documentMap.set(d.document.id, local.document.id)
    const byRange = new Map(local.statements.map((st) => [rangeKey(st), st.id]))
    let missing = 0
    for (const st of d.statements) {
      const id = byRange.get(rangeKey(st))
      if (id) statementMap.set(st.id, id)
      else missing++
    }
    if (missing > 0)
      conflicts.push(
        `“${local.document.title}”: ${missing} of its statements are split differently here; their work is left out`
      )
  }
  // Documents this workspace lacks keep their ids (statement ids follow a document's), unless one is taken.
  const lackingIds = new Map<string, string>()
  for (const d of lacking) {
    const docId = s.docs.has(d.document.id) ? newId('d') : d.document.id
    const prefix = `${d.document.id}.`
    lackingIds.set(d.document.id, docId)
    for (const st of d.statements)
      statementMap.set(
        st.id,
        docId === d.document.id
          ? st.id
          : st.id.startsWith(prefix)
            ? `${docId}.${st.id.slice(prefix.length)}`
            : newId('st')
      )
  }
  const refusal =
    lacking.length > 0 && matched.length === 0 && !opts.addSources
      ? `${opts.fileName} shares no document with this workspace (it holds other sources); nothing was changed — add its ${lacking.length} ${lacking.length === 1 ? 'document' : 'documents'} to merge it`
      : null

  // Speakers of added documents: the same id or name here, else added.
  const speakers: Speaker[] = [...s.speakers.values()]
  const theirSpeakers = new Map(snap.speakers.map((sp) => [sp.id, sp]))
  const speakerMap = new Map<string, string | null>()
  const speakersAdded: string[] = []
  const speakerOf = (id: string | null): string | null => {
    if (id === null) return null
    if (s.speakers.has(id)) return id
    if (speakerMap.has(id)) return speakerMap.get(id)!
    const theirs = theirSpeakers.get(id)
    let mapped: string | null = null
    if (theirs) {
      const same = findSpeakerByName(speakers, theirs.name)
      if (same) mapped = same.id
      else {
        const added = { ...theirs, id: s.speakers.has(theirs.id) ? newId('sp') : theirs.id }
        speakers.push(added)
        speakersAdded.push(added.name)
        changes.push({ kind: 'speaker', before: null, after: added })
        mapped = added.id
      }
    }
    speakerMap.set(id, mapped)
    return mapped
  }

  const codingsOf = (e: { themeIds: string[]; codedBy?: ThemeCoding[] }, by: string, at: string) => {
    const list = incomingCodings(e, theme, { by, at })
    for (const c of list) tally(c.createdBy, 'codings')
    return list
  }
  const countHere = (incoming: ThemeCoding[], added: ThemeCoding[]) => {
    here.codings += incoming.length - added.length
    for (const c of incoming) if (!added.includes(c)) work.get(c.createdBy)!.codings--
  }
  /** Statements of documents added by this merge. */
  const addedStatements = new Set<string>()
  const newAnnotation = (
    a: Annotation,
    documentId: string,
    codings: ThemeCoding[],
    by: string
  ): Annotation => {
    const { codedBy: _drop, ...rest } = a
    tally(by, 'annotations')
    return {
      ...rest,
      id: s.annotations.has(a.id) ? newId('an') : a.id,
      documentId,
      themeIds: [...new Set(codings.map((c) => c.themeId))],
      ...(codings.length > 0 && { codedBy: codings }),
      note: a.note && remapRefs(a.note, (id) => statementMap.get(id), theme),
      createdBy: by
    }
  }

  // Work on matched documents: codings onto their statements, highlights (new, or codings onto the same one).
  const statementUpdates = new Map<string, { before: Statement; after: Statement }>()
  const annotationUpdates = new Map<string, { before: Annotation; after: Annotation }>()
  const newAnnotations: Annotation[] = []
  for (const d of snap.documents) {
    const localId = documentMap.get(d.document.id)
    if (!localId) continue
    const local = s.docs.get(localId)!
    for (const st of d.statements) {
      const id = statementMap.get(st.id)
      if (!id) continue
      const codings = codingsOf(st, defaultBy, fallbackAt)
      const current = statementUpdates.get(id)?.after ?? s.statements.get(id)!
      const { entity, added } = withCodings(current, codings)
      countHere(codings, added)
      if (entity !== current) statementUpdates.set(id, { before: s.statements.get(id)!, after: entity })
      const theirSpeaker = st.speakerId ? theirSpeakers.get(st.speakerId)?.name : undefined
      const ourSpeaker = current.speakerId ? s.speakers.get(current.speakerId)?.name : undefined
      if (setByAnalyst(st) && (theirSpeaker ?? null) !== (ourSpeaker ?? null)) {
        const match = theirSpeaker && findSpeakerByName([...s.speakers.values()], theirSpeaker)
        if (!match || match.id !== current.speakerId)
          conflicts.push(
            `statement ${id}: its speaker here is ${ourSpeaker ? `“${ourSpeaker}”` : 'nobody'}, ${opts.fileName} has ${theirSpeaker ? `“${theirSpeaker}”` : 'nobody'}; kept as here`
          )
      }
    }
    for (const a of d.annotations) {
      const by = a.createdBy ?? defaultBy
      const codings = codingsOf(a, by, a.createdAt)
      const same =
        (s.annotations.get(a.id)?.documentId === localId ? s.annotations.get(a.id) : undefined) ??
        local.annotations.find(
          (x) => x.start === a.start && x.end === a.end && (x.createdBy ?? roster.coderId) === by
        )
      if (same) {
        here.annotations++
        const current = annotationUpdates.get(same.id)?.after ?? same
        const { entity, added } = withCodings(current, codings)
        countHere(codings, added)
        if (entity !== current) annotationUpdates.set(same.id, { before: same, after: entity })
        continue
      }
      newAnnotations.push(newAnnotation(a, localId, codings, by))
    }
  }

  // Documents this workspace lacks: added whole, their speakers matched, their work credited as in the file.
  const added: MergeSummary['documents']['added'] = []
  const refused: MergeSummary['documents']['refused'] = []
  for (const d of lacking) {
    const docId = lackingIds.get(d.document.id)!
    ;(refusal ? refused : added).push({ id: docId, title: d.document.title })
    const statements = d.statements.map((st): Statement => {
      const codings = codingsOf(st, defaultBy, fallbackAt)
      const { codedBy: _drop, ...rest } = st
      return {
        ...rest,
        id: statementMap.get(st.id)!,
        documentId: docId,
        speakerId: speakerOf(st.speakerId),
        themeIds: [...new Set(codings.map((c) => c.themeId))],
        ...(codings.length > 0 && { codedBy: codings })
      }
    })
    for (const st of statements) addedStatements.add(st.id)
    const annotations = d.annotations.map((a) => {
      const by = a.createdBy ?? defaultBy
      return newAnnotation(a, docId, codingsOf(a, by, a.createdAt), by)
    })
    changes.push({
      kind: 'document',
      before: null,
      after: { document: { ...d.document, id: docId }, statements, annotations }
    })
  }
  for (const { before, after } of statementUpdates.values())
    changes.push({ kind: 'statement', before, after })
  for (const a of newAnnotations) changes.push({ kind: 'annotation', before: null, after: a })
  for (const { before, after } of annotationUpdates.values())
    changes.push({ kind: 'annotation', before, after })

  // Links between statements found here; one joining the same statements with the same relation is here already.
  const known = (id: string) => s.statements.has(id) || addedStatements.has(id)
  let unlinked = 0
  for (const l of snap.links) {
    const fromId = statementMap.get(l.fromId)
    const toId = statementMap.get(l.toId)
    if (!fromId || !toId || !known(fromId) || !known(toId)) {
      unlinked++
      continue
    }
    const same =
      s.links.has(l.id) ||
      [...(s.linksByStatement.get(fromId) ?? [])].some((id) => {
        const x = s.links.get(id)
        return x?.fromId === fromId && x.toId === toId && x.relation === l.relation
      })
    if (same) {
      here.links++
      continue
    }
    const by = l.createdBy ?? defaultBy
    tally(by, 'links')
    const link: Link = { ...l, fromId, toId, createdBy: by }
    changes.push({ kind: 'link', before: null, after: link })
  }
  if (unlinked > 0)
    conflicts.push(
      `${unlinked} ${unlinked === 1 ? 'link joins' : 'links join'} statements not found here; left out`
    )

  // Notes: by id; their chips repointed at this workspace's statements and themes.
  for (const n of snap.notes) {
    const mine = s.notes.get(n.id)
    if (mine) {
      here.notes++
      if (mine.plain !== n.plain || mine.title !== n.title)
        conflicts.push(`note “${mine.title}” differs in ${opts.fileName}; kept as here`)
      continue
    }
    const by = n.createdBy ?? defaultBy
    tally(by, 'notes')
    const content = remapRefs(n.content, (id) => statementMap.get(id), theme)
    const refs = collectRefs(content)
    const note: Note = {
      ...n,
      content,
      statementIds: refs.statementIds.filter(known),
      themeIds: refs.themeIds.filter((id) => s.themes.has(id) || themes.added.some((a) => a.theme.id === id)),
      createdBy: by
    }
    changes.push({ kind: 'note', before: null, after: note })
  }

  // Coders credited with something that comes in (or with a speaker set in an added document) join the roster.
  const credited = new Set([...work].filter(([, w]) => Object.values(w).some((n) => n > 0)).map(([id]) => id))
  for (const c of changes)
    if (c.kind === 'document')
      for (const st of c.after!.statements)
        if (setByAnalyst(st) && st.attribution.method !== 'auto' && st.attribution.by)
          credited.add(st.attribution.by)
  const theirName = new Map(theirCoders.map((c) => [c.id, c.name]))
  const newCoders: Coder[] = []
  for (const id of credited) {
    if (s.coders.has(id)) continue
    const name = theirName.get(id) ?? `Coder ${id}`
    newCoders.push({ id, name })
    const same = [...s.coders.values()].find((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    if (same)
      conflicts.push(
        `coder “${name}” of ${opts.fileName} is not this workspace's “${same.name}” (another id); both are kept`
      )
  }
  if (newCoders.length > 0)
    changes.unshift({
      kind: 'coders',
      before: roster,
      after: { coders: [...roster.coders, ...newCoders], coderId: roster.coderId }
    })
  const mine = work.get(roster.coderId)
  if (mine && Object.values(mine).some((n) => n > 0))
    remarks.push(
      `${opts.fileName} credits work to this workspace's own coder “${s.coders.get(roster.coderId)?.name}” (it was made from a copy of this workspace); it comes in as theirs`
    )
  if (snap.views?.length)
    remarks.push(
      `its ${snap.views.length} saved ${snap.views.length === 1 ? 'view is' : 'views are'} not merged`
    )

  const coderRows = [...work]
    .filter(([id, w]) => credited.has(id) && Object.values(w).some((n) => n > 0))
    .map(([id, w]) => ({
      id,
      name: s.coders.get(id)?.name ?? newCoders.find((c) => c.id === id)!.name,
      isNew: !s.coders.has(id),
      ...w
    }))
  const summary: MergeSummary = {
    fileName: opts.fileName,
    kind: opts.kind,
    from: snap.meta.name,
    documents: { matched, added, refused },
    refusal,
    coders: coderRows,
    themes: {
      matched: themes.matched,
      added: themes.added.map(({ theme: t, path }) => ({ id: t.id, path }))
    },
    speakersAdded,
    alreadyHere: here,
    conflicts: capped(conflicts),
    remarks,
    changes: refusal ? 0 : changes.length,
    applied: false
  }
  return { changes: refusal ? [] : changes, summary }
}

/** Whether an analyst set (or cleared) the statement's speaker, rather than the import. */
const setByAnalyst = (st: Statement): boolean =>
  st.attribution.method === 'analyst' || (st.attribution.method === 'none' && st.attribution.at !== undefined)

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines
  return [...lines.slice(0, MAX_LINES - 1), `… and ${lines.length - MAX_LINES + 1} more`]
}
