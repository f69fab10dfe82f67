import type { CodingScope } from './coding-scope'
import { WorkspaceState } from './workspace-state'

/**
 * A copy of the state holding only the codings the scope shows, with its own indexes, so every view built from
 * it (lists, filters, counts, analysis) agrees. Statements and highlights the scope leaves as they are, and
 * everything else, are shared with `state`; keep it in step by applying `scope.changes(changes)`.
 */
export function scopedState(state: WorkspaceState, scope: CodingScope): WorkspaceState {
  return new WorkspaceState({
    meta: state.meta,
    coders: state.coderRoster(),
    themes: [...state.themes.values()],
    speakers: [...state.speakers.values()],
    documents: [...state.docs.values()].map((b) => scope.bundle(b)),
    links: [...state.links.values()],
    notes: [...state.notes.values()],
    views: [...state.views.values()]
  })
}
