import { describe, expect, it } from 'vitest'
import {
  codingKey,
  parseCodingKey,
  rebuildCodings,
  storedCodings,
  StoredCoding,
  type Coded
} from './coding-keys'

const at = (n: number) => `2026-01-0${n}T10:00:00.000Z`

describe('coding keys', () => {
  it('name the owner, the theme and the coder, and read back', () => {
    const ref = { ownerKind: 'statement', ownerId: 'st-1', themeId: 'th-2', coderId: 'cd-3' } as const
    expect(codingKey(ref)).toBe('s|st-1|th-2|cd-3')
    expect(parseCodingKey('s|st-1|th-2|cd-3')).toEqual(ref)
    expect(codingKey({ ownerKind: 'annotation', ownerId: 'an-1', themeId: 'th-2', coderId: null })).toBe(
      'a|an-1|th-2|'
    )
    expect(parseCodingKey('a|an-1|th-2|')).toEqual({
      ownerKind: 'annotation',
      ownerId: 'an-1',
      themeId: 'th-2',
      coderId: null
    })
  })

  it('are refused when malformed', () => {
    for (const key of ['', 's|st-1|th-2', 'x|st-1|th-2|c', 's||th-2|c', 's|st 1|th-2|c', 's|a|b|c|d'])
      expect(parseCodingKey(key), key).toBeNull()
  })
})

describe('storing and rebuilding codings', () => {
  const roundTrip = (e: Coded) =>
    rebuildCodings([...storedCodings('statement', 'st-1', e).values()], e.codedBy !== undefined)

  it('gives back exactly what was stored, whatever order it was in', () => {
    const cases: Coded[] = [
      { themeIds: [] },
      { themeIds: [], codedBy: [] },
      { themeIds: ['t2', 't1'] },
      { themeIds: ['t2', 't1'], codedBy: [] },
      {
        themeIds: ['t3', 't1', 't2'],
        codedBy: [
          { themeId: 't1', createdBy: 'b', createdAt: at(2) },
          { themeId: 't3', createdBy: 'a', createdAt: at(5) },
          { themeId: 't1', createdBy: 'a', createdAt: at(1) }
        ]
      }
    ]
    for (const e of cases) expect(roundTrip(e)).toEqual(e)
  })

  it('stores a credited theme once per coder and an uncredited one without a coder', () => {
    const stored = storedCodings('annotation', 'an-1', {
      themeIds: ['t1', 't2'],
      codedBy: [{ themeId: 't1', createdBy: 'a', createdAt: at(1) }]
    })
    expect(Object.fromEntries(stored)).toEqual({
      'a|an-1|t1|a': { themeId: 't1', createdBy: 'a', createdAt: at(1), themeRank: 0, rank: 0 },
      'a|an-1|t2|': { themeId: 't2', themeRank: 1 }
    })
    for (const v of stored.values()) expect(StoredCoding.safeParse(v).success).toBe(true)
  })

  it('merges two sides’ codings the same way in any order, each theme once', () => {
    const a = storedCodings('statement', 's', {
      themeIds: ['t0', 't1'],
      codedBy: [
        { themeId: 't0', createdBy: 'a', createdAt: at(1) },
        { themeId: 't1', createdBy: 'a', createdAt: at(3) }
      ]
    })
    const b = storedCodings('statement', 's', {
      themeIds: ['t0', 't2'],
      codedBy: [
        { themeId: 't0', createdBy: 'a', createdAt: at(1) },
        { themeId: 't2', createdBy: 'b', createdAt: at(2) }
      ]
    })
    const all = [...new Map([...a, ...b]).values()]
    const one = rebuildCodings(all, true)
    expect(rebuildCodings([...all].reverse(), true)).toEqual(one)
    expect(one.themeIds).toEqual(['t0', 't1', 't2'])
    expect(one.codedBy!.map((c) => `${c.themeId} ${c.createdBy}`)).toEqual(['t0 a', 't2 b', 't1 a'])
  })

  it('keeps the earlier coding when two name the same theme and coder (a theme merged into another)', () => {
    const list: StoredCoding[] = [
      { themeId: 't1', createdBy: 'a', createdAt: at(4), themeRank: 0, rank: 0 },
      { themeId: 't1', createdBy: 'a', createdAt: at(2), themeRank: 1, rank: 1 }
    ]
    expect(rebuildCodings(list, false)).toEqual({
      themeIds: ['t1'],
      codedBy: [{ themeId: 't1', createdBy: 'a', createdAt: at(2) }]
    })
  })

  it('records codedBy when a coding names its coder, even if the entity had none', () => {
    expect(rebuildCodings([{ themeId: 't1', themeRank: 0 }], false)).toEqual({ themeIds: ['t1'] })
    expect(
      rebuildCodings(
        [
          { themeId: 't1', themeRank: 0 },
          { themeId: 't2', createdBy: 'b', createdAt: at(1), themeRank: 0, rank: 0 }
        ],
        false
      )
    ).toEqual({ themeIds: ['t1', 't2'], codedBy: [{ themeId: 't2', createdBy: 'b', createdAt: at(1) }] })
  })

  it('refuses a stored coding that names a coder without when, or a rank without a coder', () => {
    expect(StoredCoding.safeParse({ themeId: 't1', createdBy: 'a', themeRank: 0, rank: 0 }).success).toBe(
      false
    )
    expect(StoredCoding.safeParse({ themeId: 't1', themeRank: 0, rank: 0 }).success).toBe(false)
    expect(StoredCoding.safeParse({ themeId: 't1', themeRank: -1 }).success).toBe(false)
    expect(StoredCoding.safeParse({ themeId: 't1', themeRank: 0, extra: 1 }).success).toBe(false)
  })
})
