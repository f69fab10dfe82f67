import { nextOrder as nextOrderIn } from '../../shared/domain/codebook'
import { nextThemeColor, type Theme } from '../../shared/domain'
import { ApiError, type NamespaceHandlers } from '../../shared/api'
import type { Change } from '../model/change'
import { newId } from '../model/new-id'
import { replaceTheme } from '../model/theme-codings'
import type { Workspace } from '../workspace'

export function themesHandlers(ws: Workspace): NamespaceHandlers<'themes'> {
  const s = ws.state
  const get = (id: string): Theme => {
    const t = s.themes.get(id)
    if (!t) throw new ApiError('NOT_FOUND', `no theme with id "${id}"`)
    return t
  }
  const assertUniqueName = (name: string, exceptId?: string) => {
    const lower = name.trim().toLowerCase()
    for (const t of s.themes.values())
      if (t.id !== exceptId && t.name.toLowerCase() === lower)
        throw new ApiError('CONFLICT', `a theme named "${t.name}" already exists`)
  }
  const nextOrder = (parentId: string | null) => nextOrderIn([...s.themes.values()], parentId)

  /** Statement and annotation changes that replace theme `from` with `into` (or drop it when `into` is null). */
  const retag = (from: string, into: string | null): Change[] => {
    const changes: Change[] = []
    for (const id of s.statementsByTheme.get(from) ?? []) {
      const st = s.statements.get(id)!
      changes.push({ kind: 'statement', before: st, after: replaceTheme(st, from, into) })
    }
    for (const id of s.annotationsByTheme.get(from) ?? []) {
      const a = s.annotations.get(id)!
      changes.push({ kind: 'annotation', before: a, after: replaceTheme(a, from, into) })
    }
    return changes
  }

  return {
    'themes.list': () => ws.read(() => [...s.themes.values()].sort((a, b) => a.order - b.order)),

    'themes.create': (input) =>
      ws.mutate(`Create theme “${input.name}”`, () => {
        assertUniqueName(input.name)
        const parentId = input.parentId ?? null
        if (parentId) get(parentId)
        const theme: Theme = {
          id: newId('th'),
          name: input.name.trim(),
          color: input.color ?? nextThemeColor([...s.themes.values()].map((t) => t.color)),
          parentId,
          description: input.description ?? '',
          order: nextOrder(parentId)
        }
        return { changes: [{ kind: 'theme', before: null, after: theme }], result: theme }
      }),

    'themes.update': (input) =>
      ws.mutate('Edit theme', () => {
        const before = get(input.id)
        if (input.name !== undefined) assertUniqueName(input.name, before.id)
        const parentId = input.parentId === undefined ? before.parentId : input.parentId
        if (parentId) {
          get(parentId)
          if (ws.state.themeWithDescendants(before.id).has(parentId))
            throw new ApiError(
              'CONFLICT',
              `cannot nest “${before.name}” inside itself or one of its sub-themes`
            )
        }
        const after: Theme = {
          ...before,
          name: input.name?.trim() ?? before.name,
          color: input.color ?? before.color,
          description: input.description ?? before.description,
          parentId,
          order: input.order ?? (parentId !== before.parentId ? nextOrder(parentId) : before.order)
        }
        return { changes: [{ kind: 'theme', before, after }], result: after }
      }),

    'themes.merge': (input) =>
      ws.mutate('Merge themes', () => {
        const from = get(input.fromId)
        const into = get(input.intoId)
        if (from.id === into.id) throw new ApiError('INVALID_INPUT', 'cannot merge a theme into itself')
        const changes: Change[] = retag(from.id, into.id)
        // Merging into one of its own sub-themes lifts that sub-theme to the merged theme's place first.
        const intoAfter = s.themeWithDescendants(from.id).has(into.id)
          ? { ...into, parentId: from.parentId }
          : into
        if (intoAfter !== into) changes.push({ kind: 'theme', before: into, after: intoAfter })
        for (const t of s.themes.values())
          if (t.parentId === from.id && t.id !== into.id)
            changes.push({ kind: 'theme', before: t, after: { ...t, parentId: into.id } })
        changes.push({ kind: 'theme', before: from, after: null, mergedInto: into.id })
        return { changes, result: intoAfter }
      }),

    'themes.delete': (input) =>
      ws.mutate('Delete theme', () => {
        const theme = get(input.id)
        const changes: Change[] = retag(theme.id, null)
        for (const t of s.themes.values())
          if (t.parentId === theme.id)
            changes.push({ kind: 'theme', before: t, after: { ...t, parentId: theme.parentId } })
        changes.push({ kind: 'theme', before: theme, after: null })
        return { changes, result: { ok: true as const } }
      })
  }
}
