import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Statement, Theme } from '../../shared/domain'
import { invertChanges, type Change } from '../model/change'
import { addThemes, replaceTheme } from '../model/theme-codings'
import { WorkspaceState } from '../model/workspace-state'
import { changesFromDoc, type DirtyKeys } from './changes-from-doc'
import { RECORDED_DOCUMENTS, codedValue } from './doc-codings'
import { entityValue } from './entity-value'
import { reconcileDoc } from './reconcile-doc'
import { entityMap } from './sync-doc'
import { themeMergesIn } from '../model/theme-merges'
import { writeChanges } from './write-changes'

const NOW = '2026-01-01T10:00:00.000Z'
const LATER = '2026-01-02T10:00:00.000Z'
const text = 'One two three. Four five six. Seven eight nine.'
const st = (n: number, start: number, end: number, themeIds: string[] = []): Statement => ({
  id: `d.${n}`,
  documentId: 'd',
  start,
  end,
  text: text.slice(start, end),
  paragraphIndex: 0,
  speakerId: null,
  attribution: { method: 'none' },
  themeIds
})
const theme = (id: string, parentId: string | null = null): Theme => ({
  id,
  name: id,
  parentId,
  color: '#123456',
  description: '',
  order: 0
})

function stateWith(statements: Statement[], themes = [theme('t-a'), theme('t-b'), theme('t-c', 't-b')]) {
  return new WorkspaceState({
    meta: null,
    themes,
    speakers: [],
    documents: [
      {
        document: {
          id: 'd',
          title: 'D',
          source: {},
          publishedAt: null,
          authors: [],
          importedAt: NOW,
          contentHash: '0'.repeat(64),
          text,
          paragraphs: [{ start: 0, end: 47 }]
        },
        statements,
        annotations: []
      }
    ],
    links: [],
    notes: []
  })
}

const docOf = (state: WorkspaceState) => {
  const doc = new Y.Doc()
  reconcileDoc(doc, state, 'test')
  return doc
}
const everything = (doc: Y.Doc): DirtyKeys =>
  new Map((['statements', 'codings'] as const).map((name) => [name, new Set(entityMap(doc, name).keys())]))
const exchange = (x: Y.Doc, y: Y.Doc) => {
  Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)))
  Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)))
}

describe('codings in the Y.Doc', () => {
  it('reads a statement whose value still holds its themes, and rewrites it in the new shape', () => {
    const old: Statement = {
      ...st(1, 0, 14, ['t-b', 't-a']),
      codedBy: [{ themeId: 't-a', createdBy: 'alice', createdAt: NOW }]
    }
    const state = stateWith([old])
    const doc = new Y.Doc()
    for (const t of state.themes.values()) entityMap(doc, 'themes').set(t.id, t)
    entityMap(doc, 'statements').set(old.id, old)
    expect(entityValue(doc, 'statements', old.id, state)).toEqual(old)

    reconcileDoc(doc, state, 'test')
    expect(entityMap(doc, 'statements').get(old.id)).not.toHaveProperty('themeIds')
    expect([...entityMap(doc, 'codings').keys()].sort()).toEqual(['s|d.1|', 's|d.1|t-a|alice', 's|d.1|t-b|'])
    expect(entityValue(doc, 'statements', old.id, state)).toEqual(old)
  })

  it('gives back what a local edit wrote, order included', () => {
    const before = st(1, 0, 14)
    const state = stateWith([before])
    const doc = docOf(state)
    let after = addThemes(before, ['t-c', 't-a'], { by: 'alice', at: NOW })
    after = addThemes(after, ['t-b'], { by: null, at: NOW })
    writeChanges(doc, [{ kind: 'statement', before, after }], 'test')
    expect(entityValue(doc, 'statements', before.id, state)).toEqual(after)
  })

  it('keeps both sides’ tags of one statement, and an untag removes only the codings it saw', () => {
    const s1 = st(1, 0, 14, ['t-a'])
    const state = stateWith([s1, st(2, 15, 29)])
    const [a, b] = [docOf(state), new Y.Doc()]
    exchange(a, b)
    const aliceTags = addThemes(s1, ['t-b'], { by: 'alice', at: NOW })
    writeChanges(a, [{ kind: 'statement', before: s1, after: aliceTags }], 'a')
    const bobUntags = { ...s1, themeIds: [] }
    const bobTags = addThemes(bobUntags, ['t-c'], { by: 'bob', at: LATER })
    writeChanges(b, [{ kind: 'statement', before: s1, after: bobTags }], 'b')
    exchange(a, b)

    const fromA = changesFromDoc(a, everything(a), stateWith([aliceTags, st(2, 15, 29)]))
    const fromB = changesFromDoc(b, everything(b), stateWith([bobTags, st(2, 15, 29)]))
    expect(fromA.refused).toEqual([])
    type Edit = Change & { kind: 'statement' }
    const [ca, cb] = [fromA.changes[0] as Edit, fromB.changes[0] as Edit]
    expect(fromA.changes).toHaveLength(1)
    expect(ca.after).toEqual(cb.after)
    // By where each side put it (t-c first on b's side), then by when.
    expect(ca.after.themeIds).toEqual(['t-c', 't-b'])
    expect(ca.after.codedBy).toEqual([
      { themeId: 't-b', createdBy: 'alice', createdAt: NOW },
      { themeId: 't-c', createdBy: 'bob', createdAt: LATER }
    ])
  })

  it('follows merged themes through merges of merges, and lists a coding whose theme is gone', () => {
    const s2 = st(2, 15, 29)
    const state = stateWith([s2])
    const doc = docOf(state)
    const coding = { themeId: 't-old', createdBy: 'bob', createdAt: NOW, themeRank: 0, rank: 0 }
    entityMap(doc, 'codings').set('s|d.2|t-old|bob', coding)
    entityMap(doc, 'themeMerges').set('t-old', 't-mid')
    entityMap(doc, 'themeMerges').set('t-mid', 't-b')
    const merged = changesFromDoc(doc, everything(doc), state)
    expect(merged.orphans).toEqual([])
    expect(merged.changes).toEqual([
      {
        kind: 'statement',
        before: s2,
        after: { ...s2, themeIds: ['t-b'], codedBy: [{ themeId: 't-b', createdBy: 'bob', createdAt: NOW }] }
      }
    ])

    entityMap(doc, 'themeMerges').set('t-mid', 't-old')
    const cycle = changesFromDoc(doc, everything(doc), state)
    expect(cycle.changes).toEqual([])
    expect(cycle.orphans).toEqual([
      { ownerKind: 'statement', ownerId: 'd.2', themeId: 't-old', coderId: 'bob' }
    ])
  })

  it('makes the statements coded with a theme dirty when the theme goes', () => {
    const s1 = addThemes(st(1, 0, 14), ['t-a'], { by: 'bob', at: NOW })
    const state = stateWith([s1])
    const doc = docOf(state)
    entityMap(doc, 'themes').delete('t-a')
    const out = changesFromDoc(doc, new Map([['themes', new Set(['t-a'])]]), state)
    expect(out.changes).toContainEqual({
      kind: 'statement',
      before: s1,
      after: { ...s1, themeIds: [], codedBy: [] }
    })
    expect(out.orphans).toEqual([{ ownerKind: 'statement', ownerId: 'd.1', themeId: 't-a', coderId: 'bob' }])
  })

  it('keeps a coding whose theme the team copy has not got yet but this workspace has, unless someone deleted it', () => {
    // A teammate coded before anyone had shared the codebook (their first exchange): the theme is only here.
    const s2 = st(2, 15, 29)
    const state = stateWith([s2])
    const doc = docOf(state)
    entityMap(doc, 'themes').delete('t-a')
    const coding = { themeId: 't-a', createdBy: 'bob', createdAt: NOW, themeRank: 0, rank: 0 }
    entityMap(doc, 'codings').set('s|d.2|t-a|bob', coding)
    const kept = changesFromDoc(doc, new Map([['codings', new Set(['s|d.2|t-a|bob'])]]), state)
    expect(kept.orphans).toEqual([])
    expect(kept.changes).toEqual([
      {
        kind: 'statement',
        before: s2,
        after: { ...s2, themeIds: ['t-a'], codedBy: [{ themeId: 't-a', createdBy: 'bob', createdAt: NOW }] }
      }
    ])

    doc
      .getMap('themeRemovals')
      .set('t-a', { name: 't-a', color: '#123456', parentId: null, by: 'ann', at: NOW })
    const deleted = changesFromDoc(doc, new Map([['codings', new Set(['s|d.2|t-a|bob'])]]), state)
    expect(deleted.changes).toEqual([])
    expect(deleted.orphans).toEqual([
      { ownerKind: 'statement', ownerId: 'd.2', themeId: 't-a', coderId: 'bob' }
    ])
  })

  it('refuses a malformed coding, and applies the rest', () => {
    const s2 = st(2, 15, 29)
    const state = stateWith([s2])
    const doc = docOf(state)
    const codings = entityMap(doc, 'codings')
    codings.set('s|d.2|t-b|bob', { themeId: 't-c', createdBy: 'bob', createdAt: NOW, themeRank: 0, rank: 0 })
    codings.set('s|d.2|t-a|', { themeId: 't-a', themeRank: 1 })
    codings.set('s|d.2|t-c|x', { themeId: 't-c', createdBy: 'x', themeRank: 0, rank: 0 })
    codings.set('s|bad key', true)
    const out = changesFromDoc(doc, everything(doc), state)
    expect(out.refused).toHaveLength(3)
    expect(out.refused.join('\n')).toMatch(
      /codings\/s\|d\.2\|t-b\|bob: its value names another theme or coder/
    )
    expect(out.changes).toEqual([{ kind: 'statement', before: s2, after: { ...s2, themeIds: ['t-a'] } }])
  })
})

describe('who applied the themes, recorded in the Y.Doc', () => {
  const recorded = (s: Statement): Statement => ({ ...s, codedBy: [] })
  const s1 = recorded(st(1, 0, 14))
  const s2 = addThemes(recorded(st(2, 15, 29)), ['t-a'], { by: 'alice', at: NOW })

  it('is said once for a new document whose statements all record it, not once per statement', () => {
    const state = stateWith([s1, s2])
    const doc = docOf(state)
    expect([...entityMap(doc, 'codings').keys()]).toEqual(['s|d.2|t-a|alice'])
    expect(doc.getMap(RECORDED_DOCUMENTS).toJSON()).toEqual({ d: true })
    const teammate = new Y.Doc()
    exchange(doc, teammate)
    expect(entityValue(teammate, 'statements', s1.id, state)).toEqual(s1)
    expect(entityValue(teammate, 'statements', s2.id, state)).toEqual(s2)
  })

  it('is read from a doc written with a key per statement, which is left as it is', () => {
    const state = stateWith([s1, s2])
    const doc = new Y.Doc()
    for (const t of state.themes.values()) entityMap(doc, 'themes').set(t.id, t)
    entityMap(doc, 'documents').set('d', state.docs.get('d')!.document)
    entityMap(doc, 'statements').set(s1.id, codedValue(s1))
    entityMap(doc, 'statements').set(s2.id, codedValue(s2))
    const codings = entityMap(doc, 'codings')
    codings.set('s|d.1|', true)
    codings.set('s|d.2|', true)
    codings.set('s|d.2|t-a|alice', {
      themeId: 't-a',
      createdBy: 'alice',
      createdAt: NOW,
      themeRank: 0,
      rank: 0
    })
    expect(entityValue(doc, 'statements', s1.id, state)).toEqual(s1)
    expect(entityValue(doc, 'statements', s2.id, state)).toEqual(s2)

    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    reconcileDoc(doc, state, 'test')
    const tagged = addThemes(s1, ['t-b'], { by: 'bob', at: LATER })
    writeChanges(doc, [{ kind: 'statement', before: s1, after: tagged }], 'test')
    expect(updates).toHaveLength(1)
    expect(doc.getMap(RECORDED_DOCUMENTS).size).toBe(0)
    expect([...codings.keys()].sort()).toEqual(['s|d.1|', 's|d.1|t-b|bob', 's|d.2|', 's|d.2|t-a|alice'])
    expect(entityValue(doc, 'statements', s1.id, state)).toEqual(tagged)
  })

  it('is denied for a statement without it in a document that records it, until it has it again', () => {
    const state = stateWith([s1, s2])
    const doc = docOf(state)
    const bare = st(1, 0, 14)
    writeChanges(doc, [{ kind: 'statement', before: s1, after: bare }], 'test')
    expect(entityMap(doc, 'codings').get('s|d.1|')).toBe(false)
    expect(entityValue(doc, 'statements', s1.id, state)).toEqual(bare)
    reconcileDoc(doc, stateWith([bare, s2]), 'test')
    expect(entityMap(doc, 'codings').get('s|d.1|')).toBe(false)
    writeChanges(doc, [{ kind: 'statement', before: bare, after: s1 }], 'test')
    expect(entityMap(doc, 'codings').has('s|d.1|')).toBe(false)
    expect(entityValue(doc, 'statements', s1.id, state)).toEqual(s1)
  })

  it('is not said for a document of which a statement does not record it', () => {
    const doc = docOf(stateWith([st(1, 0, 14), s2]))
    expect(doc.getMap(RECORDED_DOCUMENTS).size).toBe(0)
    expect([...entityMap(doc, 'codings').keys()].sort()).toEqual(['s|d.2|', 's|d.2|t-a|alice'])
  })
})

describe('themes merged in the Y.Doc', () => {
  it('are recorded by a local merge and forgotten when it is undone', () => {
    const coded = st(1, 0, 14, ['t-a'])
    const doc = docOf(stateWith([coded]))
    const merge: Change[] = [
      { kind: 'statement', before: coded, after: replaceTheme(coded, 't-a', 't-b') },
      { kind: 'theme', before: theme('t-a'), after: null }
    ]
    writeChanges(doc, merge, 'test')
    expect(entityMap(doc, 'themeMerges').toJSON()).toEqual({ 't-a': 't-b' })
    writeChanges(doc, invertChanges(merge), 'test')
    expect(entityMap(doc, 'themeMerges').toJSON()).toEqual({})
    expect(entityValue(doc, 'statements', coded.id, stateWith([coded]))).toEqual(coded)
  })
})

describe('telling a merge of themes from a deletion', () => {
  const coded = st(1, 0, 14, ['t-a'])

  it('records the theme the codings moved to', () => {
    const changes: Change[] = [
      { kind: 'statement', before: coded, after: replaceTheme(coded, 't-a', 't-b') },
      { kind: 'theme', before: theme('t-a'), after: null }
    ]
    expect(themeMergesIn(changes)).toEqual(new Map([['t-a', 't-b']]))
  })

  it('records nothing for a deletion, even of a theme coded beside another', () => {
    const both = st(1, 0, 14, ['t-a', 't-b'])
    const deleted = (s: Statement): Change[] => [
      { kind: 'statement', before: s, after: replaceTheme(s, 't-a', null) },
      { kind: 'theme', before: theme('t-a'), after: null }
    ]
    expect(themeMergesIn(deleted(coded))).toEqual(new Map())
    expect(themeMergesIn(deleted(both))).toEqual(new Map())
  })

  it('takes the theme a merge names, even when nothing moved with it', () => {
    expect(themeMergesIn([{ kind: 'theme', before: theme('t-a'), after: null, mergedInto: 't-b' }])).toEqual(
      new Map([['t-a', 't-b']])
    )
    // Not into a theme removed in the same step.
    expect(
      themeMergesIn([
        { kind: 'theme', before: theme('t-a'), after: null, mergedInto: 't-b' },
        { kind: 'theme', before: theme('t-b'), after: null }
      ])
    ).toEqual(new Map())
  })

  it('tells an uncoded theme’s merge by where its sub-themes go', () => {
    const parent = theme('t-b')
    const child = theme('t-c', 't-b')
    expect(
      themeMergesIn([
        { kind: 'theme', before: child, after: { ...child, parentId: 't-a' } },
        { kind: 'theme', before: parent, after: null }
      ])
    ).toEqual(new Map([['t-b', 't-a']]))
    expect(
      themeMergesIn([
        { kind: 'theme', before: child, after: { ...child, parentId: null } },
        { kind: 'theme', before: parent, after: null }
      ])
    ).toEqual(new Map())
  })
})
