import type { ChangeEvent, EntityKind, OpName } from '../../../shared/api'

/**
 * Queries that depend on only some kinds of entity, and those kinds. A note's autosave then leaves the
 * 1,000-entry document list alone. Every other query reloads on any change.
 */
const DEPENDS_ON: Partial<Record<OpName, readonly EntityKind[]>> = {
  'documents.list': ['workspace', 'document', 'statement', 'annotation'],
  'views.list': ['view', 'theme', 'speaker', 'document']
}

export function reloadsOn(op: OpName, event: ChangeEvent): boolean {
  const kinds = DEPENDS_ON[op]
  return !kinds || event.kinds.some((k) => kinds.includes(k))
}
