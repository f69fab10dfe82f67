import { defaultCoderName, legacyCoderId } from '../../model/coders'
import type { FileKind } from '../files'
import type { Migration, MigrationContext } from './index'

type Raw = Record<string, unknown>
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const themeIdsOf = (v: Raw): string[] =>
  Array.isArray(v.themeIds) ? v.themeIds.filter((t): t is string => typeof t === 'string') : []

/**
 * Schema 2 → 3: who coded what. workspace.json gains its coders and current coder: one coder, named after the
 * operating system's user, whose id is derived from the workspace id. Every other file credits its work to that
 * coder: statements and highlights record who applied each theme (`codedBy`; when: the highlight's creation, for a
 * statement its document's import, the earliest it can have been), highlights, links and notes their `createdBy`,
 * a speaker set by an analyst its `by`. Without the workspace id (workspace.json unreadable) files only change
 * version; their work stays uncredited.
 */
export const coders: Migration = {
  name: '002-coders',
  from: 2,
  to: 3,
  apply(kind: FileKind, raw: Raw, context: MigrationContext): Raw {
    const out: Raw = { ...raw, schemaVersion: 3 }
    if (kind === 'workspace') {
      const id = isRecord(raw.meta) && typeof raw.meta.id === 'string' ? raw.meta.id : null
      if (id && !('coders' in raw)) {
        const coder = { id: legacyCoderId(id), name: defaultCoderName() }
        out.coders = [coder]
        out.coderId = coder.id
      }
      return out
    }
    if (!context.workspaceId) return out
    const by = legacyCoderId(context.workspaceId)
    const stamp = (v: unknown) => (isRecord(v) && !('createdBy' in v) ? { ...v, createdBy: by } : v)
    if (kind === 'links' && Array.isArray(raw.links)) out.links = raw.links.map(stamp)
    if (kind === 'note') out.note = stamp(raw.note)
    if (kind === 'document') {
      const document = isRecord(raw.document) ? raw.document : {}
      const importedAt = typeof document.importedAt === 'string' ? document.importedAt : undefined
      const codedBy = (v: Raw, at: unknown) =>
        'codedBy' in v || typeof at !== 'string'
          ? v
          : { ...v, codedBy: themeIdsOf(v).map((themeId) => ({ themeId, createdBy: by, createdAt: at })) }
      if (Array.isArray(raw.statements))
        out.statements = raw.statements.map((st: unknown) => {
          if (!isRecord(st)) return st
          const a = st.attribution
          const attribution = isRecord(a) && a.method === 'analyst' && !('by' in a) ? { ...a, by } : a
          return codedBy({ ...st, attribution }, importedAt)
        })
      if (Array.isArray(raw.annotations))
        out.annotations = raw.annotations.map((an: unknown) =>
          isRecord(an) ? codedBy(stamp(an) as Raw, an.createdAt) : an
        )
    }
    return out
  }
}
