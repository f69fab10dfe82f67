import type { ChangeEvent, NamespaceHandlers, Stats, WorkspaceInfo } from '../../shared/api'
import { ApiError } from '../../shared/api'
import type { Workspace } from '../workspace'
import { SCHEMA_VERSION } from '../store/files'
import { storeErrorToApi } from '../store-error-to-api'

/** Opens the workspace anew over the same store (after a file was put back), announcing `change`; the new one. */
export type Reopen = (change: Omit<ChangeEvent, 'version'>) => Workspace

export function workspaceHandlers(ws: Workspace, reopen: Reopen): NamespaceHandlers<'workspace'> {
  return {
    'workspace.info': () => ws.read(() => info(ws)),

    'workspace.stats': () => ws.read(() => stats(ws)),

    'workspace.restore': async ({ file }) => {
      if (ws.readOnly)
        throw new ApiError('READ_ONLY', 'this workspace is open read-only; nothing was restored')
      // The store checks the path and the backup before touching anything, so a refused restore changes nothing.
      await ws
        .read(() => ws.store.restoreFile(file))
        .catch((err: unknown) => {
          throw storeErrorToApi(err)
        })
      const reopened = reopen({
        label: `Restore ${file}`,
        kinds: ['workspace', 'document', 'note', 'link'],
        documentIds: []
      })
      return reopened.read(() => info(reopened))
    }
  }
}

function info(ws: Workspace): WorkspaceInfo {
  const p = ws.search.progress
  return {
    meta: ws.state.meta,
    path: ws.store.dir,
    schemaVersion: SCHEMA_VERSION,
    readOnly: ws.readOnly,
    damaged: [...ws.store.damaged],
    ...(p.done < p.total ? { indexing: p } : {})
  }
}

function stats(ws: Workspace): Stats {
  const s = ws.viewState()
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
