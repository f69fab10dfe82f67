import {
  ApiError,
  type NamespaceHandlers,
  type SavedView,
  type SavedViewFilter,
  type SavedViewRow
} from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import { newId } from '../model/new-id'
import type { Workspace } from '../workspace'

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase()

function findViewByName(views: Iterable<SavedView>, name: string): SavedView | undefined {
  const wanted = name.trim()
  for (const v of views) if (sameName(v.name, wanted)) return v
  return undefined
}

/** The filter as kept: no empty lists or blank text, so a view says only what it narrows. */
function compactFilter(filter: SavedViewFilter): SavedViewFilter {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue
    if (Array.isArray(value) && value.length === 0) continue
    if (key === 'text' && typeof value === 'string' && value.trim() === '') continue
    out[key] = Array.isArray(value) ? [...new Set(value)] : value
  }
  return out as SavedViewFilter
}

/**
 * A view as it opens now: ids of documents, speakers and themes deleted since it was saved are left out of
 * its filter, each with a note. The saved view keeps them, so undoing the deletion brings them back.
 */
function savedViewRow(s: WorkspaceState, view: SavedView): SavedViewRow {
  const dropped: string[] = []
  const keep = (ids: string[] | undefined, exists: (id: string) => boolean, what: string) => {
    if (!ids) return undefined
    const kept = ids.filter((id) => exists(id) || (dropped.push(`${what} ${id} no longer exists`), false))
    return kept.length ? kept : undefined
  }
  const filter = compactFilter({
    ...view.filter,
    documentIds: keep(view.filter.documentIds, (id) => s.docs.has(id), 'document'),
    speakerIds: keep(view.filter.speakerIds, (id) => id === 'none' || s.speakers.has(id), 'speaker'),
    themeIds: keep(view.filter.themeIds, (id) => s.themes.has(id), 'theme')
  })
  return { ...view, filter, dropped }
}

export function viewsHandlers(ws: Workspace): NamespaceHandlers<'views'> {
  const s = ws.state
  return {
    'views.list': () =>
      ws.read(() =>
        [...s.views.values()]
          .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
          .map((v) => savedViewRow(s, v))
      ),

    'views.save': (input) =>
      ws.mutate(`Save view “${input.name}”`, () => {
        const before = findViewByName(s.views.values(), input.name) ?? null
        const now = new Date().toISOString()
        const after: SavedView = {
          id: before?.id ?? newId('vw'),
          name: input.name,
          filter: compactFilter(input.filter),
          createdAt: before?.createdAt ?? now,
          updatedAt: now
        }
        return { changes: [{ kind: 'view', before, after }], result: savedViewRow(s, after) }
      }),

    'views.delete': (input) =>
      ws.mutate(`Delete view${input.name ? ` “${input.name}”` : ''}`, () => {
        const view = input.id ? s.views.get(input.id) : findViewByName(s.views.values(), input.name!)
        if (!view)
          throw new ApiError(
            'NOT_FOUND',
            input.id ? `no saved view with id "${input.id}"` : `no saved view named “${input.name}”`
          )
        return { changes: [{ kind: 'view', before: view, after: null }], result: { ok: true as const } }
      })
  }
}
