import type { Statement } from '../../shared/domain'
import { ApiError } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import type { DocumentBundle } from '../model/change'

export function getStatement(s: WorkspaceState, id: string): Statement {
  const st = s.statements.get(id)
  if (!st) throw new ApiError('NOT_FOUND', `no statement with id "${id}"`)
  return st
}

export function getDocument(s: WorkspaceState, id: string): DocumentBundle {
  const d = s.docs.get(id)
  if (!d) throw new ApiError('NOT_FOUND', `no document with id "${id}"`)
  return d
}

export function requireThemes(s: WorkspaceState, ids: readonly string[]): void {
  for (const id of ids) if (!s.themes.has(id)) throw new ApiError('NOT_FOUND', `no theme with id "${id}"`)
}
