import type { NamespaceHandlers } from '../../shared/api'
import type { Workspace } from '../workspace'
import type { WorkspaceState } from '../model/workspace-state'
import type { Entry } from '../services/search/search-index'
import { requireThemes } from './get-or-not-found'

export function searchHandlers(ws: Workspace): NamespaceHandlers<'search'> {
  return {
    'search.query': (input) =>
      ws.read(() => {
        const s = ws.viewState()
        if (input.themeId) requireThemes(s, [input.themeId])
        const coded = input.themeId ? codedByTheme(s, input.themeId) : undefined
        // A highlight the view scope hides is not found either.
        const shown =
          s === ws.state ? undefined : (e: Entry) => e.kind !== 'annotation' || s.annotations.has(e.refId)
        const accept = coded && shown ? (e: Entry) => shown(e) && coded(e) : (coded ?? shown)
        const hits = ws.search.search(input.q, { limit: input.limit, kinds: input.kinds, accept })
        return { hits: hits.map((h) => ({ ...h, speakerName: speakerNameOf(s, h.statementId) })) }
      })
  }
}

function speakerNameOf(s: WorkspaceState, statementId: string | null): string | null {
  const speakerId = statementId ? s.statements.get(statementId)?.speakerId : null
  return speakerId ? (s.speakers.get(speakerId)?.name ?? null) : null
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
