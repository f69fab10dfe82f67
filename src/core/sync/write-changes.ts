import type * as Y from 'yjs'
import type { Change } from '../model/change'
import { markRecorded } from './doc-codings'
import { dropEntity, putEntity } from './entity-value'
import { META_KEY, entityMap, setEntity, type EntityMapName } from './sync-doc'
import { themeMergesIn } from '../model/theme-merges'

const MAP_OF: Record<Exclude<Change['kind'], 'meta' | 'document' | 'coders'>, EntityMapName> = {
  theme: 'themes',
  speaker: 'speakers',
  statement: 'statements',
  annotation: 'annotations',
  link: 'links',
  note: 'notes',
  view: 'views'
}

/**
 * Mirrors committed local changes into the Y.Doc, in one transaction with `origin`. A theme merged away is
 * recorded with the theme it went into, so that a teammate's coding with it follows; one brought back (undo)
 * is not merged any more.
 */
export function writeChanges(doc: Y.Doc, changes: readonly Change[], origin: unknown): void {
  doc.transact(() => {
    const merges = entityMap(doc, 'themeMerges')
    for (const [from, into] of themeMergesIn(changes)) setEntity(merges, from, into)
    for (const c of changes) {
      if (c.kind === 'coders') {
        // The roster is the team's; who codes on this machine (coderId) is its own. A coder is never removed.
        for (const coder of c.after.coders) setEntity(entityMap(doc, 'coders'), coder.id, coder)
      } else if (c.kind === 'meta') {
        setEntity(entityMap(doc, 'meta'), META_KEY, c.after)
      } else if (c.kind === 'document') {
        const docs = entityMap(doc, 'documents')
        const beforeS = new Map(c.before?.statements.map((s) => [s.id, s]))
        const beforeA = new Map(c.before?.annotations.map((a) => [a.id, a]))
        const keepS = new Set(c.after?.statements.map((s) => s.id))
        const keepA = new Set(c.after?.annotations.map((a) => a.id))
        for (const s of beforeS.values()) if (!keepS.has(s.id)) dropEntity(doc, 'statements', s.id, s)
        for (const a of beforeA.values()) if (!keepA.has(a.id)) dropEntity(doc, 'annotations', a.id, a)
        if (c.after) {
          markRecorded(doc, c.after)
          setEntity(docs, c.after.document.id, c.after.document)
          for (const s of c.after.statements) putEntity(doc, 'statements', s, beforeS.get(s.id))
          for (const a of c.after.annotations) putEntity(doc, 'annotations', a, beforeA.get(a.id))
        } else if (c.before) docs.delete(c.before.document.id)
      } else {
        const name = MAP_OF[c.kind]
        if (c.kind === 'theme' && !c.before && c.after && merges.has(c.after.id)) merges.delete(c.after.id)
        if (c.before && c.before.id !== c.after?.id) dropEntity(doc, name, c.before.id, c.before)
        if (c.after) putEntity(doc, name, c.after, c.before)
      }
    }
  }, origin)
}
