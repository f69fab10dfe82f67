import type { Handlers, Stats } from '../../shared/api'
import type { Workspace } from '../workspace'
import { SCHEMA_VERSION } from '../store/files'
import type { WorkspaceState } from '../model/workspace-state'
import type { Entry } from '../services/search/search-index'
import { getDocument, requireThemes } from './get-or-not-found'
import { toSummary } from './to-api-views'

type WorkspaceOps =
  | 'workspace.info'
  | 'workspace.stats'
  | 'documents.list'
  | 'documents.get'
  | 'search.query'
  | 'history.state'
  | 'history.undo'
  | 'history.redo'

function indexing(ws: Workspace): { indexing?: { done: number; total: number } } {
  const p = ws.search.progress
  return p.done < p.total ? { indexing: p } : {}
}

export function workspaceHandlers(ws: Workspace): Pick<Handlers, WorkspaceOps> {
  const s = ws.state
  return {
    'workspace.info': () =>
      ws.read(() => ({
        meta: s.meta,
        path: ws.store.dir,
        schemaVersion: SCHEMA_VERSION,
        readOnly: ws.readOnly,
        damaged: [...ws.store.damaged],
        ...indexing(ws)
      })),

    'workspace.stats': () => ws.read(() => stats(ws)),

    'documents.list': () => ws.read(() => s.documentOrder().map(toSummary)),

    'documents.get': (input) =>
      ws.read(() => {
        const b = getDocument(s, input.id)
        const linkCounts: Record<string, number> = {}
        for (const st of b.statements) {
          const n = s.linksByStatement.get(st.id)?.size ?? 0
          if (n) linkCounts[st.id] = n
        }
        return { document: b.document, statements: b.statements, annotations: b.annotations, linkCounts }
      }),

    'search.query': (input) =>
      ws.read(() => {
        if (input.themeId) requireThemes(s, [input.themeId])
        const accept = input.themeId ? codedByTheme(s, input.themeId) : undefined
        const hits = ws.search.search(input.q, { limit: input.limit, kinds: input.kinds, accept })
        return { hits: hits.map((h) => ({ ...h, speakerName: speakerNameOf(s, h.statementId) })) }
      }),

    'history.state': () => ws.read(() => ws.history()),
    'history.undo': async () => {
      await ws.undo()
      return ws.history()
    },
    'history.redo': async () => {
      await ws.redo()
      return ws.history()
    }
  }
}

function speakerNameOf(s: Workspace['state'], statementId: string | null): string | null {
  const speakerId = statementId ? s.statements.get(statementId)?.speakerId : null
  return speakerId ? (s.speakers.get(speakerId)?.name ?? null) : null
}

function stats(ws: Workspace): Stats {
  const s = ws.state
  const themes: Stats['themes'] = {}
  for (const t of s.themes.values()) {
    const total = s.codedStatementsUnder(t.id).size
    themes[t.id] = {
      statements: s.statementsByTheme.get(t.id)?.size ?? 0,
      annotations: s.annotationsByTheme.get(t.id)?.size ?? 0,
      total
    }
  }
  const speakers: Stats['speakers'] = {}
  for (const sp of s.speakers.values()) speakers[sp.id] = s.statementsBySpeaker.get(sp.id)?.size ?? 0
  const perDocument: Stats['perDocument'] = {}
  for (const [id, b] of s.docs)
    perDocument[id] = { statements: b.statements.length, annotations: b.annotations.length }
  return {
    documents: s.docs.size,
    statements: s.statements.size,
    annotations: s.annotations.size,
    links: s.links.size,
    notes: s.notes.size,
    themes,
    speakers,
    perDocument
  }
}

/** Whether a search entry is coded by the theme or a sub-theme (see SearchInput.themeId). */
function codedByTheme(s: WorkspaceState, themeId: string): (e: Entry) => boolean {
  const themes = s.themeWithDescendants(themeId)
  const coded = s.codedStatementsUnder(themeId)
  const tagged = (ids: readonly string[]) => ids.some((t) => themes.has(t))
  return (e) => {
    if (e.kind === 'statement') return coded.has(e.refId)
    if (e.kind === 'annotation') return tagged(s.annotations.get(e.refId)?.themeIds ?? [])
    const note = s.notes.get(e.refId)
    return !!note && (tagged(note.themeIds) || note.statementIds.some((id) => coded.has(id)))
  }
}
