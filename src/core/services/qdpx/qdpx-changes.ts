import { plainTextToRichDoc } from '../../../shared/domain/rich-text-plain'
import { THEME_PALETTE, type Annotation, type Speaker, type Theme } from '../../../shared/domain'
import type { Change } from '../../model/change'
import { newId, nowIso } from '../../model/new-id'
import { quoteSelector } from '../../model/quote-selector'
import { addThemes } from '../../model/theme-codings'
import type { WorkspaceState } from '../../model/workspace-state'
import { statementsInRange } from '../../model/statements-in-range'
import type { QdpxProject } from './qdpx-project'
import type { TextAnalysis } from '../ingest/analyze-text'
import { ingestText } from '../ingest/ingest-text'
import { extractLeadingDate } from '../segment/extract-leading-date'

/**
 * A REFI-QDA project as Dossier changes: codes become themes (reusing a theme of the same name), sources become
 * documents (segmented and attributed like any import), coded selections become annotations, notes become notes,
 * and links between selections become cross-references between the statements they lie in.
 */
export function qdpxChanges(
  s: WorkspaceState,
  project: QdpxProject,
  /** prepareImport's analysis of each source (by index), sparing the NLP here; null or missing: analysed here. */
  analyses: readonly (TextAnalysis | null)[] = []
): {
  changes: Change[]
  imported: { documentId: string; title: string; statements: number }[]
  warnings: string[]
} {
  const changes: Change[] = []
  const warnings: string[] = []
  const stamp = s.stamp()
  const createdBy = stamp.by === null ? {} : { createdBy: stamp.by }
  const themeByGuid = new Map<string, string>()
  const existing = new Map([...s.themes.values()].map((t) => [t.name.toLowerCase(), t.id]))
  let order = s.themes.size
  for (const code of project.codes) {
    const reuse = existing.get(code.name.toLowerCase())
    if (reuse) {
      themeByGuid.set(code.guid, reuse)
      continue
    }
    const id = newId('th')
    themeByGuid.set(code.guid, id)
    existing.set(code.name.toLowerCase(), id)
  }
  for (const code of project.codes) {
    const id = themeByGuid.get(code.guid)!
    if (s.themes.has(id) || changes.some((c) => c.kind === 'theme' && c.after?.id === id)) continue
    const theme: Theme = {
      id,
      name: code.name.trim().slice(0, 200) || 'Untitled code',
      color: code.color ?? THEME_PALETTE[order % THEME_PALETTE.length]!.hex,
      parentId: code.parentGuid ? (themeByGuid.get(code.parentGuid) ?? null) : null,
      description: code.description ?? '',
      order: order++
    }
    changes.push({ kind: 'theme', before: null, after: theme })
  }

  const imported: { documentId: string; title: string; statements: number }[] = []
  const selectionStatement = new Map<string, string>()
  const speakers: Speaker[] = [...s.speakers.values()]
  for (const [i, src] of project.sources.entries()) {
    if (!src.text.trim()) {
      warnings.push(`source “${src.name}” has no text; skipped`)
      continue
    }
    const lead = extractLeadingDate(src.text)
    const { bundle, newSpeakers } = ingestText(
      {
        text: src.text,
        title: src.name || 'Untitled source',
        publishedAt: lead.date,
        bodyStart: lead.bodyStart,
        source: { fileName: src.name }
      },
      speakers,
      analyses[i] ?? undefined
    )
    speakers.push(...newSpeakers)
    for (const sp of newSpeakers) changes.push({ kind: 'speaker', before: null, after: sp })
    const now = nowIso()
    for (const sel of src.selections) {
      const first = statementsInRange(bundle.statements, sel.start, sel.end)[0]
      if (first) selectionStatement.set(sel.guid, first.id)
      const note = sel.note?.trim() ? plainTextToRichDoc(sel.note) : null
      const highlight: Annotation = {
        id: newId('an'),
        documentId: bundle.document.id,
        start: sel.start,
        end: sel.end,
        quote: quoteSelector(src.text, sel.start, sel.end),
        themeIds: [],
        note,
        notePlain: sel.note?.trim() ?? '',
        ...createdBy,
        createdAt: now,
        updatedAt: now
      }
      const themeIds = sel.codeGuids.map((g) => themeByGuid.get(g)).filter((x): x is string => !!x)
      const a = addThemes(highlight, themeIds, { by: stamp.by, at: now })
      if (sel.end > sel.start && a.quote.exact.trim()) bundle.annotations.push(a)
    }
    bundle.annotations.sort((x, y) => x.start - y.start || x.end - y.end)
    changes.push({ kind: 'document', before: null, after: bundle })
    imported.push({
      documentId: bundle.document.id,
      title: bundle.document.title,
      statements: bundle.statements.length
    })
  }

  for (const n of project.notes) {
    const now = nowIso()
    const content = plainTextToRichDoc(n.text)
    changes.push({
      kind: 'note',
      before: null,
      after: {
        id: newId('nt'),
        title: n.name.trim().slice(0, 200) || 'Imported note',
        content,
        plain: n.text,
        statementIds: [],
        themeIds: [],
        ...createdBy,
        createdAt: now,
        updatedAt: now
      }
    })
  }
  for (const l of project.links) {
    const from = selectionStatement.get(l.originGuid)
    const to = selectionStatement.get(l.targetGuid)
    if (!from || !to || from === to) {
      warnings.push(`link “${l.name}” does not join two coded statements; skipped`)
      continue
    }
    const relation =
      (['supports', 'contradicts', 'elaborates', 'responds-to', 'same-claim'] as const).find((r) =>
        l.name.toLowerCase().includes(r)
      ) ?? 'elaborates'
    changes.push({
      kind: 'link',
      before: null,
      after: {
        id: newId('ln'),
        fromId: from,
        toId: to,
        relation,
        note: l.name,
        ...createdBy,
        createdAt: nowIso()
      }
    })
  }
  return { changes, imported, warnings }
}
