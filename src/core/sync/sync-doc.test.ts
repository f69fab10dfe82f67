import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { sameValue, setEntity } from './sync-doc'

describe('sameValue', () => {
  it('is JSON equality: key order does not matter, a key holding undefined is absent', () => {
    const statement = {
      id: 's1',
      themeIds: ['t1', 't2'],
      speakerId: null,
      codedBy: [{ themeId: 't1', by: 'c' }]
    }
    expect(sameValue(statement, JSON.parse(JSON.stringify(statement)))).toBe(true)
    expect(sameValue({ a: 1, b: [2, { c: 3 }] }, { b: [2, { c: 3 }], a: 1 })).toBe(true)
    expect(sameValue({ a: 1, note: undefined }, { a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, note: undefined })).toBe(true)
  })

  it('tells apart what JSON tells apart', () => {
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false)
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(sameValue({ ids: ['t1', 't2'] }, { ids: ['t2', 't1'] })).toBe(false)
    expect(sameValue({ ids: ['t1'] }, { ids: ['t1', 't1'] })).toBe(false)
    expect(sameValue([1], { 0: 1 })).toBe(false)
    expect(sameValue({ 0: 1 }, [1])).toBe(false)
    expect(sameValue({ a: '1' }, { a: 1 })).toBe(false)
    expect(sameValue(null, {})).toBe(false)
    expect(sameValue(undefined, null)).toBe(false)
    expect(sameValue(undefined, undefined)).toBe(true)
    expect(sameValue('x', 'x')).toBe(true)
  })
})

describe('setEntity', () => {
  /** A map as read back from its encoded doc: it holds its own copy of every value. */
  function decoded(values: Record<string, unknown>): { doc: Y.Doc; map: Y.Map<unknown> } {
    const source = new Y.Doc()
    for (const [key, value] of Object.entries(values)) source.getMap('m').set(key, value)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
    return { doc, map: doc.getMap('m') }
  }

  it('holds an equal value in place of its own copy, without an update or an event', () => {
    const { doc, map } = decoded({
      s1: { id: 's1', text: 'Quote', attribution: { method: 'manual' } },
      flag: true
    })
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    let events = 0
    map.observe(() => events++)
    const ours = { attribution: { method: 'manual' }, text: 'Quote', id: 's1' }
    setEntity(map, 's1', ours)
    setEntity(map, 'flag', true)
    expect(map.get('s1')).toBe(ours)
    expect(map.get('flag')).toBe(true)
    expect(updates).toEqual([])
    expect(events).toBe(0)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    expect(copy.getMap('m').toJSON()).toEqual({ s1: ours, flag: true })
  })

  it('sets a value that differs, and nothing for a key deleted meanwhile', () => {
    const { doc, map } = decoded({ s1: { id: 's1', speakerId: null }, gone: 1 })
    map.delete('gone')
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    setEntity(map, 's1', { id: 's1', speakerId: 'sp1' })
    expect(map.get('s1')).toEqual({ id: 's1', speakerId: 'sp1' })
    expect(updates).toHaveLength(1)
    setEntity(map, 'gone', undefined)
    expect(map.has('gone')).toBe(false)
    expect(updates).toHaveLength(1)
  })
})
