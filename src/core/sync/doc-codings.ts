import type * as Y from 'yjs'
import { z } from 'zod'
import { Id, ThemeCoding } from '../../shared/domain'
import type { DocumentBundle } from '../model/change'
import { codingIndex, type CodingIndex } from './coding-index'
import {
  StoredCoding,
  codingKey,
  codingOwner,
  ownerPrefix,
  parseCodingKey,
  rebuildCodings,
  storedCodings,
  type Coded,
  type CodingOwnerKind
} from './coding-keys'
import { THEME_REMOVALS, entityMap, setEntity, type EntityMapName } from './sync-doc'

/** A teammate's coding with a theme deleted (not merged) elsewhere: not applied, and listed rather than lost. */
export interface OrphanCoding {
  ownerKind: CodingOwnerKind
  ownerId: string
  themeId: string
  /** null: a theme nobody was credited with. */
  coderId: string | null
}

export const CODED_MAPS = { statements: 'statement', annotations: 'annotation' } as const
export type CodedMap = keyof typeof CODED_MAPS
export const isCodedMap = (name: EntityMapName): name is CodedMap => name in CODED_MAPS

/** An entity's value in the Y.Doc: without its themes and codings, which have their own keys. */
export function codedValue<T extends Coded>(entity: T): Omit<T, 'themeIds' | 'codedBy'> {
  const { themeIds: _t, codedBy: _c, ...rest } = entity
  return rest
}

/**
 * The documents whose statements and highlights all recorded who applied their themes (`codedBy`, even empty)
 * when they went into the Y.Doc: true under a document's id says it for all of them at once, where each had a key
 * of its own (its owner key, value true: a third of the keys of a workspace). Not an entity map: it is written
 * with the document's statements, in their transaction, and read with them.
 */
export const RECORDED_DOCUMENTS = 'recordedDocuments'
const recordedDocuments = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(RECORDED_DOCUMENTS)

/** Marks a document new to the Y.Doc (neither it nor a statement of it there yet); call before writing it. */
export function markRecorded(doc: Y.Doc, bundle: DocumentBundle): void {
  const fresh =
    !entityMap(doc, 'documents').has(bundle.document.id) &&
    !bundle.statements.some((s) => entityMap(doc, 'statements').has(s.id))
  if (!fresh) return
  const entities = [...bundle.statements, ...bundle.annotations]
  const all = entities.length > 0 && entities.every((e) => e.codedBy !== undefined)
  const map = recordedDocuments(doc)
  if (all || map.has(bundle.document.id)) setEntity(map, bundle.document.id, all)
}

/**
 * What an entity's owner key holds: true when it records who applied its themes, false when it does not in a
 * document that says all do, nothing when its document says it already.
 */
function ownerMark(doc: Y.Doc, entity: Coded & { documentId: string }): boolean | undefined {
  const documentWide = recordedDocuments(doc).get(entity.documentId) === true
  if (entity.codedBy) return documentWide ? undefined : true
  return documentWide ? false : undefined
}

/** The owner keys `entity` needs in the `codings` map (for dropping those it does not). */
export function ownerKeys(
  doc: Y.Doc,
  kind: CodingOwnerKind,
  entity: Coded & { id: string; documentId: string }
): string[] {
  return ownerMark(doc, entity) === undefined ? [] : [ownerPrefix(kind, entity.id)]
}

/**
 * Makes the `codings` map hold `after`'s codings (its rank included), removing only those `before` had and
 * `after` has not: a teammate's coding of the same entity, not known here yet, stays. Whether it records who
 * applied its themes is a key of its own, so that the entity's value is left as it is.
 */
export function writeCodings(
  doc: Y.Doc,
  kind: CodingOwnerKind,
  before: (Coded & { id: string }) | null | undefined,
  after: (Coded & { id: string; documentId: string }) | null
): void {
  const map = entityMap(doc, 'codings')
  const next = after ? storedCodings(kind, after.id, after) : new Map<string, StoredCoding>()
  if (before)
    for (const key of storedCodings(kind, before.id, before).keys())
      if (!next.has(key) && map.has(key)) map.delete(key)
  for (const [key, value] of next) setEntity(map, key, value)
  const owner = after ?? before
  if (!owner) return
  const recorded = ownerPrefix(kind, owner.id)
  const mark = after ? ownerMark(doc, after) : undefined
  if (mark !== undefined) setEntity(map, recorded, mark)
  else if (map.has(recorded) && (before?.codedBy || map.get(recorded) === false)) map.delete(recorded)
}

/** The entity a changed key of the Y.Doc counts as, for pending edits: a coding is its statement's or highlight's. */
export function pendingEntry(name: EntityMapName, key: string): string {
  if (name === 'themeMerges') return `themes/${key}`
  const ref = name === 'codings' ? codingOwner(key) : null
  return ref
    ? `${ref.ownerKind === 'statement' ? 'statements' : 'annotations'}/${ref.ownerId}`
    : `${name}/${key}`
}

const OldCodings = z.object({ themeIds: z.array(Id), codedBy: z.array(ThemeCoding).optional() })

/**
 * Reads the codings of a Y.Doc (through its index): each entity's themes and codings, a theme merged away followed
 * to the theme it became, a coding with a deleted theme left out and listed in `orphans`.
 */
export class DocCodings {
  private readonly index: CodingIndex
  private readonly resolved = new Map<string, string | null>()
  private readonly orphanKeys = new Set<string>()
  readonly orphans: OrphanCoding[] = []
  /** One line per coding refused (malformed). */
  readonly refused: string[] = []
  private readonly refusedKeys = new Set<string>()

  /**
   * `heldHere`: the themes this workspace has. One the team copy lacks is deleted only if someone recorded deleting
   * it; else a teammate coded with it before anyone had shared it (a first exchange), and the coding is kept.
   */
  constructor(
    private readonly doc: Y.Doc,
    private readonly heldHere: (themeId: string) => boolean = () => false
  ) {
    this.index = codingIndex(doc)
  }

  private notYetShared(themeId: string): boolean {
    return this.heldHere(themeId) && !this.doc.getMap(THEME_REMOVALS).has(themeId)
  }

  refuse(key: string, why: string): void {
    if (this.refusedKeys.has(key)) return
    this.refusedKeys.add(key)
    this.refused.push(`codings/${key}: ${why}`)
  }

  /** The statements and highlights (map and id) with a coding of `themeId`. */
  codedWith(themeId: string): { name: CodedMap; id: string }[] {
    return [...(this.index.byTheme.get(themeId)?.keys() ?? [])].map((owner) => {
      const [kind, id] = owner.split('|') as [string, string]
      return { name: kind === 's' ? 'statements' : 'annotations', id }
    })
  }

  /** The theme `themeId` is now: itself, the theme it was merged into (through merges of merges), or null. */
  resolveTheme(themeId: string): string | null {
    if (this.resolved.has(themeId)) return this.resolved.get(themeId)!
    const themes = entityMap(this.doc, 'themes')
    const merges = entityMap(this.doc, 'themeMerges')
    const seen = new Set<string>()
    let current: string | null = themeId
    while (current !== null && !themes.has(current)) {
      seen.add(current)
      const into = merges.get(current)
      current = typeof into === 'string' && !seen.has(into) ? into : null
    }
    this.resolved.set(themeId, current)
    return current
  }

  /**
   * `raw` (a statement's or highlight's value) with its `themeIds` and `codedBy` rebuilt from its codings, and from
   * the value itself when a Y.Doc from before codings had its own keys holds them there. Throws with a one-line
   * reason when such older themes are malformed.
   */
  withCodings(kind: CodingOwnerKind, id: string, raw: object): object {
    const rest = { ...raw } as Record<string, unknown>
    const codings: StoredCoding[] = []
    const map = entityMap(this.doc, 'codings')
    const owner = ownerPrefix(kind, id)
    const keys = [...(this.index.byOwner.get(owner) ?? [])]
    const recorded = map.get(owner)
    if (recorded !== undefined && typeof recorded !== 'boolean')
      this.refuse(owner, 'it must be true or false')
    const documentId = (raw as { documentId?: unknown }).documentId
    let had =
      typeof recorded === 'boolean'
        ? recorded
        : typeof documentId === 'string' && recordedDocuments(this.doc).get(documentId) === true
    if ('themeIds' in rest) {
      const old = OldCodings.safeParse({ themeIds: rest.themeIds, codedBy: rest.codedBy })
      if (!old.success) throw new Error('its themes are malformed')
      had ||= old.data.codedBy !== undefined
      codings.push(...storedCodings(kind, id, old.data).values())
      delete rest.themeIds
      delete rest.codedBy
    }
    for (const key of keys) {
      const parsed = StoredCoding.safeParse(map.get(key))
      if (!parsed.success) {
        this.refuse(key, parsed.error.issues[0]?.message ?? 'invalid')
        continue
      }
      const ref = parseCodingKey(key)!
      if (parsed.data.themeId !== ref.themeId || (parsed.data.createdBy ?? null) !== ref.coderId) {
        this.refuse(key, 'its value names another theme or coder')
        continue
      }
      codings.push(parsed.data)
    }
    const kept: StoredCoding[] = []
    for (const c of codings) {
      const themeId = this.resolveTheme(c.themeId) ?? (this.notYetShared(c.themeId) ? c.themeId : null)
      if (themeId !== null) kept.push({ ...c, themeId })
      else this.orphan({ ownerKind: kind, ownerId: id, themeId: c.themeId, coderId: c.createdBy ?? null })
    }
    return { ...rest, ...rebuildCodings(kept, had) }
  }

  private orphan(o: OrphanCoding): void {
    const key = codingKey(o)
    if (this.orphanKeys.has(key)) return
    this.orphanKeys.add(key)
    this.orphans.push(o)
  }
}
