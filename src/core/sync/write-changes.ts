import type * as Y from 'yjs'
import type { Change } from '../model/change'
import { META_KEY, entityMap, setEntity, type EntityMapName } from './sync-doc'

const MAP_OF: Record<Exclude<Change['kind'], 'meta' | 'document' | 'coders'>, EntityMapName> = {
  theme: 'themes',
  speaker: 'speakers',
  statement: 'statements',
  annotation: 'annotations',
  link: 'links',
  note: 'notes',
  view: 'views'
}

/** Mirrors committed local changes into the Y.Doc, in one transaction with `origin`. */
export function writeChanges(doc: Y.Doc, changes: readonly Change[], origin: unknown): void {
  doc.transact(() => {
    for (const c of changes) {
      // Who codes on this machine is its own; the team's roster is not mirrored yet.
      if (c.kind === 'coders') continue
      if (c.kind === 'meta') {
        setEntity(entityMap(doc, 'meta'), META_KEY, c.after)
      } else if (c.kind === 'document') {
        const docs = entityMap(doc, 'documents')
        const statements = entityMap(doc, 'statements')
        const annotations = entityMap(doc, 'annotations')
        const keepS = new Set(c.after?.statements.map((s) => s.id))
        const keepA = new Set(c.after?.annotations.map((a) => a.id))
        for (const s of c.before?.statements ?? []) if (!keepS.has(s.id)) statements.delete(s.id)
        for (const a of c.before?.annotations ?? []) if (!keepA.has(a.id)) annotations.delete(a.id)
        if (c.after) {
          setEntity(docs, c.after.document.id, c.after.document)
          for (const s of c.after.statements) setEntity(statements, s.id, s)
          for (const a of c.after.annotations) setEntity(annotations, a.id, a)
        } else if (c.before) docs.delete(c.before.document.id)
      } else {
        const map = entityMap(doc, MAP_OF[c.kind])
        if (c.before && c.before.id !== c.after?.id) map.delete(c.before.id)
        if (c.after) setEntity(map, c.after.id, c.after)
      }
    }
  }, origin)
}
