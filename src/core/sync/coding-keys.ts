import { z } from 'zod'
import { Id, IsoDateTime, type ThemeCoding } from '../../shared/domain'

/**
 * A statement's or a highlight's themes, one key each in the Y.Doc's `codings` map, so that teammates tagging the
 * same one concurrently keep both tags: `s|<statementId>|<themeId>|<coderId>` (`a|` for a highlight), the coder
 * empty for a theme nobody is credited with (older work).
 */
export type CodingOwnerKind = 'statement' | 'annotation'

export interface CodingRef {
  ownerKind: CodingOwnerKind
  ownerId: string
  themeId: string
  /** null: the theme is on the entity without a record of who applied it. */
  coderId: string | null
}

const PREFIX = { statement: 's', annotation: 'a' } as const
const KIND_OF: Record<string, CodingOwnerKind> = { s: 'statement', a: 'annotation' }

/**
 * The start of every key of an entity's codings, and itself the key (value `true`) that says the entity records
 * who applied its themes (its `codedBy` is there, even empty).
 */
export const ownerPrefix = (kind: CodingOwnerKind, ownerId: string): string => `${PREFIX[kind]}|${ownerId}|`

export const codingKey = (ref: CodingRef): string =>
  `${ownerPrefix(ref.ownerKind, ref.ownerId)}${ref.themeId}|${ref.coderId ?? ''}`

/** The domain's Id, checked without zod: every key of the map is checked, often. */
const ID = /^[A-Za-z0-9_.-]{1,80}$/
const isId = (s: string | undefined): s is string => s !== undefined && ID.test(s)

/** The statement or highlight a key of the codings map is about (a coding or the mark it records them). */
export function codingOwner(key: string): { ownerKind: CodingOwnerKind; ownerId: string } | null {
  const parts = key.split('|')
  if (parts.length === 3 && parts[2] === '') {
    const ownerKind = KIND_OF[parts[0]!]
    return ownerKind && isId(parts[1]) ? { ownerKind, ownerId: parts[1] } : null
  }
  return parseCodingKey(key)
}

/** The parts of a coding key, or null when it is not one (ids never hold "|"). */
export function parseCodingKey(key: string): CodingRef | null {
  const parts = key.split('|')
  if (parts.length !== 4) return null
  const [kind, ownerId, themeId, coderId] = parts
  const ownerKind = KIND_OF[kind!]
  if (!ownerKind || !isId(ownerId) || !isId(themeId) || (coderId !== '' && !isId(coderId))) return null
  return { ownerKind, ownerId, themeId, coderId: coderId || null }
}

/**
 * A coding as the Y.Doc holds it: the ThemeCoding (without who and when for an uncredited theme), and where it
 * goes in the entity's `themeIds` (themeRank) and `codedBy` (rank), so that reading gives back what was written.
 */
export const StoredCoding = z
  .object({
    themeId: Id,
    createdBy: Id.optional(),
    createdAt: IsoDateTime.optional(),
    themeRank: z.number().int().min(0).max(100_000),
    rank: z.number().int().min(0).max(100_000).optional()
  })
  .strict()
  .refine(
    (c) =>
      (c.createdBy === undefined) === (c.createdAt === undefined) && (c.rank === undefined) === !c.createdBy,
    'a coding names both its coder, when and its rank, or none of them'
  )
export type StoredCoding = z.infer<typeof StoredCoding>

/** What of a statement or highlight its codings are made of. */
export interface Coded {
  themeIds: readonly string[]
  codedBy?: readonly ThemeCoding[]
}

/** The keys and values that hold `entity`'s themes and codings. */
export function storedCodings(
  kind: CodingOwnerKind,
  ownerId: string,
  entity: Coded
): Map<string, StoredCoding> {
  const out = new Map<string, StoredCoding>()
  const themeRank = new Map(entity.themeIds.map((t, i) => [t, i]))
  const credited = new Set<string>()
  entity.codedBy?.forEach((c, rank) => {
    credited.add(c.themeId)
    const ref = { ownerKind: kind, ownerId, themeId: c.themeId, coderId: c.createdBy }
    // Spelled out: a spread of each coding gave every value a hidden class of its own (kept by the Y.Doc).
    const { themeId, createdBy, createdAt } = c
    out.set(codingKey(ref), { themeId, createdBy, createdAt, themeRank: themeRank.get(themeId) ?? 0, rank })
  })
  entity.themeIds.forEach((themeId, i) => {
    if (!credited.has(themeId))
      out.set(codingKey({ ownerKind: kind, ownerId, themeId, coderId: null }), { themeId, themeRank: i })
  })
  return out
}

const byRank = (a: StoredCoding, b: StoredCoding): number =>
  (a.rank ?? 0) - (b.rank ?? 0) ||
  (a.createdAt! < b.createdAt! ? -1 : a.createdAt! > b.createdAt! ? 1 : 0) ||
  (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0) ||
  (a.createdBy! < b.createdBy! ? -1 : a.createdBy! > b.createdBy! ? 1 : 0)

/**
 * The `themeIds` and `codedBy` an entity's codings make, the same whatever order they come in: themes in rank
 * order (then by id), each once; one coding per theme and coder (the earliest when two name the same, as after
 * a merge of themes). `codedBy` is there when `recorded` (the entity had it) or a coding names its coder.
 */
export function rebuildCodings(
  codings: readonly StoredCoding[],
  recorded: boolean
): { themeIds: string[]; codedBy?: ThemeCoding[] } {
  const themeRank = new Map<string, number>()
  const credited = new Map<string, StoredCoding>()
  for (const c of codings) {
    const r = themeRank.get(c.themeId)
    if (r === undefined || c.themeRank < r) themeRank.set(c.themeId, c.themeRank)
    if (c.createdBy === undefined) continue
    const key = `${c.themeId}|${c.createdBy}`
    const other = credited.get(key)
    if (
      !other ||
      c.createdAt! < other.createdAt! ||
      (c.createdAt === other.createdAt && byRank(c, other) < 0)
    )
      credited.set(key, c)
  }
  const themeIds = [...themeRank.keys()].sort(
    (a, b) => themeRank.get(a)! - themeRank.get(b)! || (a < b ? -1 : a > b ? 1 : 0)
  )
  const list = [...credited.values()].sort(byRank)
  const codedBy = list.map((c) => ({ themeId: c.themeId, createdBy: c.createdBy!, createdAt: c.createdAt! }))
  return { themeIds, ...((recorded || codedBy.length > 0) && { codedBy }) }
}
