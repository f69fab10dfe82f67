import { describe, expect, it } from 'vitest'
import {
  canGoBack,
  canGoForward,
  createHistory,
  currentEntry,
  go,
  MAX_ENTRIES,
  push,
  SELECTION_COALESCE_MS,
  type NavEntry
} from './navigation-history'

const at = (patch: Partial<NavEntry> = {}): NavEntry => ({
  view: 'reader',
  documentId: 'd1',
  selection: null,
  noteId: null,
  filter: {},
  analysisTab: 'matrix',
  ...patch
})
const sel = (id: string) => ({ kind: 'statement' as const, id })

describe('navigation history', () => {
  it('pushes each move and walks back and forward through them', () => {
    let h = createHistory(at())
    h = push(h, at({ selection: sel('s1') }), 0)
    h = push(h, at({ view: 'claims', filter: { themeId: 't1' }, selection: sel('s1') }), 5000)
    h = push(h, at({ view: 'notes', noteId: 'n1', selection: sel('s1'), filter: { themeId: 't1' } }), 9000)
    expect(h.entries).toHaveLength(4)
    expect(canGoForward(h)).toBe(false)
    h = go(h, -1)
    expect(currentEntry(h).view).toBe('claims')
    h = go(h, -1)
    expect(currentEntry(h).selection).toEqual(sel('s1'))
    h = go(h, -1)
    expect(currentEntry(h)).toEqual(at())
    expect(canGoBack(h)).toBe(false)
    expect(go(h, -1)).toBe(h)
    h = go(go(h, 1), 1)
    expect(currentEntry(h).view).toBe('claims')
    expect(canGoForward(h)).toBe(true)
  })

  it('ignores a move to the same place, whatever the filter key order', () => {
    const h = push(
      createHistory(at({ filter: { themeId: 't', speakerId: 's' } })),
      at({ filter: { speakerId: 's', themeId: 't' } }),
      0
    )
    expect(h.entries).toHaveLength(1)
  })

  it('drops the forward entries on a new move', () => {
    let h = createHistory(at())
    h = push(h, at({ view: 'claims' }), 0)
    h = push(h, at({ view: 'notes' }), 10_000)
    h = push(go(go(h, -1), -1), at({ view: 'analysis' }), 20_000)
    expect(h.entries.map((e) => e.view)).toEqual(['reader', 'analysis'])
    expect(canGoForward(h)).toBe(false)
  })

  it('coalesces typing in the filter text into one entry', () => {
    let h = createHistory(at({ view: 'claims' }))
    for (const [i, text] of ['w', 'we', 'wea', 'weap'].entries())
      h = push(h, at({ view: 'claims', filter: { text } }), i * 5000)
    expect(h.entries).toHaveLength(2)
    expect(currentEntry(h).filter.text).toBe('weap')
    expect(currentEntry(go(h, -1)).filter).toEqual({})
  })

  it('coalesces quick selection moves, but not slow ones', () => {
    let h = createHistory(at())
    h = push(h, at({ selection: sel('s1') }), 0)
    h = push(h, at({ selection: sel('s2') }), 100)
    h = push(h, at({ selection: sel('s3') }), 200)
    expect(h.entries).toHaveLength(2)
    h = push(h, at({ selection: sel('s4') }), 200 + SELECTION_COALESCE_MS + 1)
    expect(h.entries.map((e) => e.selection?.id ?? null)).toEqual([null, 's3', 's4'])
  })

  it('does not coalesce into an entry reached by going back', () => {
    let h = createHistory(at())
    h = push(h, at({ selection: sel('s1') }), 0)
    h = push(h, at({ selection: sel('s2') }), 100)
    h = push(go(h, -1), at({ selection: sel('s9') }), 150)
    expect(h.entries.map((e) => e.selection?.id ?? null)).toEqual([null, 's9'])
  })

  it('keeps at most MAX_ENTRIES', () => {
    let h = createHistory(at())
    for (let i = 0; i < MAX_ENTRIES + 20; i++) h = push(h, at({ documentId: `d${i + 2}` }), i * 5000)
    expect(h.entries).toHaveLength(MAX_ENTRIES)
    expect(currentEntry(h).documentId).toBe(`d${MAX_ENTRIES + 21}`)
  })
})

describe('filling an empty place', () => {
  it('replaces the entry when the notes view opens its first note or the empty reader gets a document', () => {
    let h = createHistory(at({ documentId: null }))
    h = push(h, at(), 0)
    expect(h.entries).toEqual([at()])
    h = push(h, at({ view: 'claims' }), 5000)
    h = push(h, at({ view: 'notes' }), 10_000)
    h = push(h, at({ view: 'notes', noteId: 'n1' }), 10_010)
    expect(h.entries.map((e) => [e.view, e.noteId])).toEqual([
      ['reader', null],
      ['claims', null],
      ['notes', 'n1']
    ])
    // Going back and forward again lands on the filled entry: nothing forward is lost.
    h = go(h, -1)
    expect(go(h, 1).entries).toHaveLength(3)
    expect(currentEntry(go(h, 1)).noteId).toBe('n1')
  })
})
