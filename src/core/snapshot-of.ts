import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type WorkspaceSnapshot } from '../shared/domain'
import { ApiError } from '../shared/api'
import type { WorkspaceState } from './model/workspace-state'

/**
 * The whole workspace as one value: the json export and the input of every other exporter. Its arrays are
 * copies (the state edits a document's arrays in place), so an export running between changes sees one moment.
 */
export function snapshotOf(s: WorkspaceState): WorkspaceSnapshot {
  if (!s.meta) throw new ApiError('DAMAGED', 'workspace.json is damaged; restore it before exporting')
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: new Date().toISOString(),
    meta: s.meta,
    ...s.coderRoster(),
    themes: [...s.themes.values()].sort((a, b) => a.order - b.order),
    speakers: [...s.speakers.values()],
    documents: s
      .documentOrder()
      .map((b) => ({ document: b.document, statements: [...b.statements], annotations: [...b.annotations] })),
    links: [...s.links.values()],
    notes: [...s.notes.values()],
    views: [...s.views.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }
}
