import type { WorkspaceSnapshot } from '../../shared/domain'
import { ApiError, SavedView } from '../../shared/api'
import type { Change } from '../model/change'
import type { WorkspaceState } from '../model/workspace-state'

/** Restoring a json export: into an empty workspace only, where it comes back exactly (same ids and content). */
export function snapshotChanges(s: WorkspaceState, snap: WorkspaceSnapshot): Change[] {
  if (s.docs.size || s.notes.size || s.links.size || s.themes.size || s.speakers.size || s.views.size)
    throw new ApiError(
      'CONFLICT',
      'a Dossier export restores into an empty workspace only (create one with: dossier --workspace DIR init --empty)'
    )
  const changes: Change[] = []
  if (s.meta) changes.push({ kind: 'meta', before: s.meta, after: snap.meta })
  // The export's coders, and who coded last, come back; an export that names no current coder adds its coders.
  const roster = s.coderRoster()
  if (roster && snap.coders?.length) {
    const known = new Set(roster.coders.map((c) => c.id))
    const after = snap.coderId
      ? { coders: snap.coders, coderId: snap.coderId }
      : {
          coders: [...roster.coders, ...snap.coders.filter((c) => !known.has(c.id))],
          coderId: roster.coderId
        }
    changes.push({ kind: 'coders', before: roster, after })
  }
  for (const t of snap.themes) changes.push({ kind: 'theme', before: null, after: t })
  for (const sp of snap.speakers) changes.push({ kind: 'speaker', before: null, after: sp })
  for (const d of snap.documents) changes.push({ kind: 'document', before: null, after: d })
  for (const l of snap.links) changes.push({ kind: 'link', before: null, after: l })
  for (const n of snap.notes) changes.push({ kind: 'note', before: null, after: n })
  for (const v of snap.views ?? []) changes.push({ kind: 'view', before: null, after: SavedView.parse(v) })
  return changes
}
